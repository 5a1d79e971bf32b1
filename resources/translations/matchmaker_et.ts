<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="et">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="69" />
        <source>About Sandbox Matchmaker</source>
        <translation>Sandbox Matchmakerist</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="74" />
        <source>Sandbox Matchmaker %1</source>
        <translation>Sandbox Matchmaker %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="75" />
        <source>Partners, ties and hackathon teams for the Estonia–Ukraine Digital Society Sandbox, offline.</source>
        <translation>Partnerid, sidemed ja häkatoni meeskonnad Eesti–Ukraina digiühiskonna liivakastile, võrguühenduseta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="80" />
        <source>This service uses the ESCO classification of the European Commission.</source>
        <translation>See teenus kasutab Euroopa Komisjoni ESCO klassifikaatorit.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="83" />
        <source>Sector codes follow NACE Rev. 2, the statistical classification of economic activities in the European Community (Eurostat).</source>
        <translation>Valdkonnakoodid järgivad NACE Rev. 2, Euroopa Ühenduse majandustegevusalade statistilist klassifikaatorit (Eurostat).</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="69" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="70" />
        <source>Native name</source>
        <translation>Nimi emakeeles</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="71" />
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="72" />
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="73" />
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="74" />
        <source>Sectors</source>
        <translation>Valdkonnad</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../matchmaker/ui/directory.py" line="89" />
        <source>Search names, cities, sectors — any script (Ctrl+F)</source>
        <translation>Otsi nime, linna, valdkonda — mis tahes kirjas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/directory.py" line="90" />
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/directory.py" line="93" />
        <location filename="../../matchmaker/ui/directory.py" line="116" />
        <source>All countries</source>
        <translation>Kõik riigid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/directory.py" line="146" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/directory.py" line="148" />
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
        <location filename="../../matchmaker/ui/field_labels.py" line="16" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="17" />
        <source>Native name</source>
        <translation>Nimi emakeeles</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="18" />
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="19" />
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="20" />
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="21" />
        <source>Sectors</source>
        <translation>Valdkonnad</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="22" />
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="23" />
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="24" />
        <source>Website</source>
        <translation>Veebileht</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="25" />
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="26" />
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="27" />
        <source>Roles</source>
        <translation>Rollid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="28" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="29" />
        <source>Visibility</source>
        <translation>Nähtavus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="33" />
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="34" />
        <source>Pre-seed</source>
        <translation>Eelidufaas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="35" />
        <source>Seed</source>
        <translation>Idufaas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="36" />
        <source>Series A</source>
        <translation>A-seeria</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="37" />
        <source>Growth</source>
        <translation>Kasv</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="38" />
        <source>Mature</source>
        <translation>Küps</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="41" />
        <source>Public</source>
        <translation>Avalik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="42" />
        <source>Council only</source>
        <translation>Ainult nõukogule</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="43" />
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n actor(s) not for this audience left out.</source>
        <translation>
            <numerusform>%n osaline, kes pole sellele lugejale, jäeti välja.</numerusform>
            <numerusform>%n osalist, kes pole sellele lugejale, jäeti välja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact details of %n actor(s) left out.</source>
        <translation>
            <numerusform>%n osalise kontaktandmed jäeti välja.</numerusform>
            <numerusform>%n osalise kontaktandmed jäeti välja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="49" />
        <source>JSON file (*.json)</source>
        <translation>JSON-fail (*.json)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="50" />
        <source>CSV tables in a folder</source>
        <translation>CSV-tabelid kaustas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="51" />
        <source>GEXF graph (*.gexf)</source>
        <translation>GEXF-graaf (*.gexf)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="52" />
        <source>GraphML graph (*.graphml)</source>
        <translation>GraphML-graaf (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="237" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import katkestati; midagi ei muudetud.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="244" />
        <location filename="../../matchmaker/ui/file_actions.py" line="269" />
        <source>Opening %1…</source>
        <translation>Avan %1…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="252" />
        <source>New database</source>
        <translation>Uus andmebaas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="253" />
        <source>Matchmaker database (*.sqlite)</source>
        <translation>Matchmakeri andmebaas (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="266" />
        <source>That database is open; choose another file name.</source>
        <translation>See andmebaas on avatud; vali teine failinimi.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="277" />
        <source>Open database</source>
        <translation>Ava andmebaas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="278" />
        <source>Matchmaker database (*.sqlite *.db);;All files (*)</source>
        <translation>Matchmakeri andmebaas (*.sqlite *.db);;Kõik failid (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="286" />
        <source>Importing %1…</source>
        <translation>Impordin %1…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="317" />
        <source>Import complete: %1 added, %2 updated.</source>
        <translation>Import valmis: %1 lisatud, %2 uuendatud.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="324" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="324" />
        <source>Interchange files (*.json *.csv)</source>
        <translation>Vahetusfailid (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="330" />
        <source>Exporting…</source>
        <translation>Ekspordin…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/file_actions.py" line="332" />
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Eksporditud %n fail.</numerusform>
            <numerusform>Eksporditud %n faili.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="338" />
        <source>Export CSV tables to folder</source>
        <translation>Ekspordi CSV-tabelid kausta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="343" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="66" />
        <source>Share of new ties that cross the border, by year</source>
        <translation>Uute piiriüleste sidemete osakaal aastate kaupa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="68" />
        <source>Cross-border share of participants' new ties, year before vs after each event</source>
        <translation>Osalejate uute sidemete piiriülene osakaal aasta enne ja pärast sündmust</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="70" />
        <source>Sectors by country (actors)</source>
        <translation>Valdkonnad riigiti (osalejad)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="71" />
        <source>Top cross-border brokers</source>
        <translation>Peamised piiriülesed vahendajad</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="72" />
        <source>Matches in the pipeline, by stage</source>
        <translation>Sobitused etappide kaupa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="73" />
        <source>Who is in the network, by country</source>
        <translation>Kes on võrgustikus, riigiti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="75" />
        <source>Computing…</source>
        <translation>Arvutan…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="92" />
        <source>Could not compute the charts: %1</source>
        <translation>Graafikuid ei õnnestunud arvutada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/insights.py" line="99" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/insights.py" line="101" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="103" />
        <source>%1% of ties cross the border</source>
        <translation>%1% sidemetest on piiriülesed</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="111" />
        <source>that year</source>
        <translation>sel aastal</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="112" />
        <source>all ties so far</source>
        <translation>kõik sidemed seni</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="120" />
        <source>before (%)</source>
        <translation>enne (%)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="125" />
        <source>after (%)</source>
        <translation>pärast (%)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="77" />
        <location filename="../../matchmaker/ui/insights.py" line="162" />
        <source>No actor links the two countries yet</source>
        <translation>Ükski osaleja ei ühenda veel kahte riiki</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="79" />
        <source>No outcomes recorded yet: record them in Matches</source>
        <translation>Tulemusi pole veel: märgi need vaates Sobitused</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Varukoopiad…</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Kohtumised</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="321" />
        <source>Sandbox Matchmaker</source>
        <translation>Sandbox Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="47" />
        <source>Directory</source>
        <translation>Kataloog</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="48" />
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="49" />
        <source>Matches</source>
        <translation>Sobitused</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="50" />
        <source>Network</source>
        <translation>Võrgustik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="51" />
        <source>Teams</source>
        <translation>Meeskonnad</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="52" />
        <source>Insights</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="202" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="114" />
        <source>Could not load</source>
        <translation>Laadimine ebaõnnestus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="121" />
        <location filename="../../matchmaker/ui/main_window.py" line="204" />
        <location filename="../../matchmaker/ui/main_window.py" line="238" />
        <location filename="../../matchmaker/ui/main_window.py" line="350" />
        <source>Loading…</source>
        <translation>Laadin…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="174" />
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="183" />
        <source>&amp;New database…</source>
        <translation>&amp;Uus andmebaas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="184" />
        <source>&amp;Open…</source>
        <translation>&amp;Ava…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="180" />
        <source>Recent databases</source>
        <translation>Hiljutised andmebaasid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="185" />
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="181" />
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="186" />
        <source>&amp;Settings…</source>
        <translation>&amp;Seaded…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="187" />
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="175" />
        <source>&amp;Edit</source>
        <translation>&amp;Muuda</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="216" />
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="218" />
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="188" />
        <source>&amp;Find actor</source>
        <translation>&amp;Otsi osalejat</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="115" />
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="176" />
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="177" />
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189" />
        <source>&amp;About Sandbox Matchmaker</source>
        <translation>&amp;Sandbox Matchmakerist</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="234" />
        <source>(none)</source>
        <translation>(pole)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="253" />
        <source>This view is not available in this build.</source>
        <translation>See vaade pole selles versioonis saadaval.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="319" />
        <source>read-only</source>
        <translation>ainult lugemiseks</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="319" />
        <source>not saving</source>
        <translation>ei salvesta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="328" />
        <source>Opened read-only</source>
        <translation>Avatud ainult lugemiseks</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="330" />
        <source>%1 is open read-only: %2.

You can look at everything and export it; edits and imports are off.</source>
        <translation>%1 on avatud ainult lugemiseks: %2.

Kõike saab vaadata ja eksportida; muutmine ja import on välja lülitatud.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="342" />
        <source>Changes can no longer be saved</source>
        <translation>Muudatusi ei saa enam salvestada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/main_window.py" line="363" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/main_window.py" line="365" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="351" />
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
<message>
        <source>Snapshot for another laptop (*.json)…</source>
        <translation>Hetktõmmis teisele sülearvutile (*.json)…</translation>
    </message>
    <message>
        <source>&amp;Merge snapshot…</source>
        <translation>&amp;Ühenda hetktõmmis…</translation>
    </message>
    <message>
        <source>Network &amp;briefing…</source>
        <translation>Võrgustiku &amp;ülevaade…</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="41" />
        <source>Contacted</source>
        <translation>Võeti ühendust</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="42" />
        <source>Met</source>
        <translation>Kohtusid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="43" />
        <source>Agreement</source>
        <translation>Kokkulepe</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="44" />
        <source>Declined</source>
        <translation>Loobuti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="47" />
        <source>strong</source>
        <translation>tugev</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="48" />
        <source>good</source>
        <translation>hea</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="49" />
        <source>possible</source>
        <translation>võimalik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="52" />
        <source>Two-way fit</source>
        <translation>Vastastikune sobivus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="53" />
        <source>Skills matched</source>
        <translation>Sobivad oskused</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="54" />
        <source>Partners in common</source>
        <translation>Ühised partnerid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="55" />
        <source>Similar descriptions</source>
        <translation>Sarnased kirjeldused</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="56" />
        <source>Warm introduction</source>
        <translation>Soe tutvustus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="57" />
        <source>Met at the same events</source>
        <translation>Samadel sündmustel</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="58" />
        <source>Well connected</source>
        <translation>Hästi seotud</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="59" />
        <source>Recently active</source>
        <translation>Hiljuti aktiivne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="60" />
        <source>Same sector</source>
        <translation>Sama valdkond</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="61" />
        <source>Stage fits</source>
        <translation>Sobiv arenguetapp</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="62" />
        <source>Kinds that often partner</source>
        <translation>Sageli koostööd tegevad liigid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="63" />
        <source>Across the border</source>
        <translation>Üle piiri</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="64" />
        <source>Popular with partners</source>
        <translation>Partnerite seas populaarne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="79" />
        <source>Suggested</source>
        <translation>Soovitatud</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="219" />
        <source>Include my own country</source>
        <translation>Kaasa ka oma riik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="220" />
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="223" />
        <source>What the ranking weighs</source>
        <translation>Mida järjestus arvestab</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="246" />
        <source>Matches</source>
        <translation>Sobitused</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="257" />
        <source>Select an actor to see partners who need what it offers and offer what it needs.</source>
        <translation>Vali osaleja, et näha partnereid, kes vajavad tema pakutavat ja pakuvad tema vajatavat.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="246" />
        <source>Partners for %1</source>
        <translation>Partnerid: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="262" />
        <source>Ranking partners…</source>
        <translation>Järjestan partnereid…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/matches.py" line="230" />
        <location filename="../../matchmaker/ui/matches.py" line="285" />
        <source>%n suggestion(s), best first</source>
        <translation>
            <numerusform>%n soovitus, parim eespool</numerusform>
            <numerusform>%n soovitust, parimad eespool</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="289" />
        <source>Could not rank partners: %1</source>
        <translation>Partnereid ei õnnestunud järjestada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/matches.py" line="333" />
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Õpitud %n märgitud tulemusest ja sõlmitud partnerlustest.</numerusform>
            <numerusform>Õpitud %n märgitud tulemusest ja sõlmitud partnerlustest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/matches.py" line="338" />
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Vaikekaalud: õppimiseks on tulemusi veel liiga vähe (seni %n).</numerusform>
            <numerusform>Vaikekaalud: õppimiseks on tulemusi veel liiga vähe (seni %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="354" />
        <source>Saving…</source>
        <translation>Salvestan…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/outcome_command.py" line="51" />
        <source>Record %1: %2</source>
        <translation>Tulemus %1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="222" />
        <source>Loading the network…</source>
        <translation>Laadin võrgustikku…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="172" />
        <location filename="../../matchmaker/ui/network_view.py" line="181" />
        <location filename="../../matchmaker/ui/network_view.py" line="345" />
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="172" />
        <location filename="../../matchmaker/ui/network_view.py" line="185" />
        <location filename="../../matchmaker/ui/network_view.py" line="337" />
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="172" />
        <location filename="../../matchmaker/ui/network_view.py" line="182" />
        <location filename="../../matchmaker/ui/network_view.py" line="323" />
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="192" />
        <source>Colour actors by</source>
        <translation>Värvi osalejad</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="174" />
        <source>Degree</source>
        <translation>Seoste arv</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="175" />
        <source>Betweenness</source>
        <translation>Vahendatus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="176" />
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="177" />
        <source>Same size</source>
        <translation>Sama suurus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="193" />
        <source>Size actors by</source>
        <translation>Osalejate suurus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="180" />
        <source>Everyone</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="183" />
        <source>Sector</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="184" />
        <source>Tie kind</source>
        <translation>Sideme liik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="186" />
        <source>Event</source>
        <translation>Sündmus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="194" />
        <source>Highlight only some actors</source>
        <translation>Tõsta esile ainult mõned osalejad</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="195" />
        <source>Which ones</source>
        <translation>Millised</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="200" />
        <source>Focus</source>
        <translation>Fookus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="201" />
        <source>Show only the selected actor's neighbourhood</source>
        <translation>Näita ainult valitud osaleja naabruskonda</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="202" />
        <source>Fit</source>
        <translation>Mahuta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="203" />
        <source>Show the whole network (0)</source>
        <translation>Näita kogu võrgustikku (0)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="216" />
        <source>Run layout</source>
        <translation>Paiguta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="217" />
        <source>Arrange the network by its ties</source>
        <translation>Paiguta võrgustik sidemete järgi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="197" />
        <source>Colour:</source>
        <translation>Värv:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="197" />
        <source>Size:</source>
        <translation>Suurus:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="197" />
        <source>Highlight:</source>
        <translation>Esiletõst:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/network_view.py" line="225" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/network_view.py" line="227" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="303" />
        <source>Could not finish: %1</source>
        <translation>Ei õnnestunud lõpetada: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="326" />
        <source>Finding communities…</source>
        <translation>Otsin kogukondi…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="213" />
        <source>Stop</source>
        <translation>Peata</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="214" />
        <source>Stop the layout and keep the positions reached</source>
        <translation>Peata paigutus ja jäta saavutatud asukohad</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="92" />
        <source>Edit %1</source>
        <translation>Muuda: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="107" />
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="109" />
        <source>Add %1</source>
        <translation>Lisa %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="111" />
        <source>Change %1</source>
        <translation>Muuda %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Privacy</source>
        <translation>Privaatsus</translation>
    </message>
    <message>
        <source>The saved version was kept.</source>
        <translation>Salvestatud versioon jäeti alles.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="132" />
        <source>Select an actor in the directory or on the map.</source>
        <translation>Vali osaleja kataloogist või kaardilt.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_form.py" line="82" />
        <source>comma-separated</source>
        <extracomment>Fields that may hold more than this many characters get a multi-line editor. Shown first (a profile starts with who it is); the others follow in declaration order.</extracomment>
        <translation>komadega eraldatud</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_form.py" line="85" />
        <source>What the actor does, in its own words</source>
        <translation>Mida osaleja teeb, tema enda sõnadega</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="133" />
        <source>Details</source>
        <translation>Andmed</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="136" />
        <source>Offers</source>
        <translation>Pakub</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="137" />
        <source>Needs</source>
        <translation>Vajab</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="134" />
        <source>Skills</source>
        <translation>Oskused</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="135" />
        <source>Ties, events and community</source>
        <translation>Sidemed, sündmused ja kogukond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/profile.py" line="230" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sidet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/profile.py" line="238" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sündmus</numerusform>
            <numerusform>%n sündmust</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="245" />
        <source>Community: %1</source>
        <translation>Kogukond: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="253" />
        <source>Not saved: %1</source>
        <translation>Ei salvestatud: %1</translation>
    </message>
<message>
        <source>Briefing…</source>
        <translation>Ülevaade…</translation>
    </message>
    <message>
        <source>A printable PDF brief on this actor: profile, ties, suggestions</source>
        <translation>Prinditav PDF-ülevaade sellest osalejast: profiil, sidemed, soovitused</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="136" />
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="165" />
        <source>Cancelling…</source>
        <translation>Katkestan…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../matchmaker/ui/file_dialogs.py" line="55" />
        <source>Folder</source>
        <translation>Kaust</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_dialogs.py" line="57" />
        <source>%1 File</source>
        <translation>%1-fail</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_dialogs.py" line="60" />
        <source>File</source>
        <translation>Fail</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="19" />
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="25" />
        <source>Follow the system</source>
        <translation>Nagu süsteemis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="26" />
        <source>Light</source>
        <translation>Hele</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="27" />
        <source>Dark</source>
        <translation>Tume</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="31" />
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="35" />
        <source>All countries</source>
        <translation>Kõik riigid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="51" />
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="52" />
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="53" />
        <source>Directory shows kind</source>
        <translation>Kataloog näitab liiki</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="54" />
        <source>Directory shows country</source>
        <translation>Kataloog näitab riiki</translation>
    </message>
</context>
<context>
    <name>SkillChip</name>
    <message>
        <location filename="../../matchmaker/ui/profile_chips.py" line="101" />
        <location filename="../../matchmaker/ui/profile_chips.py" line="102" />
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
</context>
<context>
    <name>SkillChipBox</name>
    <message>
        <location filename="../../matchmaker/ui/profile_chips.py" line="158" />
        <source>Add a skill (English, eesti, українська)…</source>
        <translation>Lisa oskus (English, eesti, українська)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_chips.py" line="159" />
        <source>none yet</source>
        <translation>veel pole</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="120" />
        <source>Outcome: %1</source>
        <translation>Tulemus: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="134" />
        <source>Warm introduction: %1</source>
        <translation>Soe tutvustus: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="152" />
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="154" />
        <source>Show on map</source>
        <translation>Näita kaardil</translation>
    </message>
</context>
<context>
    <name>TeamColumn</name>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="63" />
        <source>Drag a member to another team; tick to lock them to this team</source>
        <translation>Lohista liige teise meeskonda; märgi, et lukustada ta sellesse meeskonda</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="156" />
        <source>Mix strangers</source>
        <translation>Sega võõraid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="157" />
        <source>Use ties</source>
        <translation>Kasuta sidemeid</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="158" />
        <source>Build</source>
        <translation>Koosta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="159" />
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="160" />
        <source>Challenges…</source>
        <translation>Väljakutsed…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="161" />
        <source>Export CSV</source>
        <translation>Ekspordi CSV</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="100" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="162" />
        <source>Export PDF</source>
        <translation>Ekspordi PDF</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="104" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-failid (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="163" />
        <source>Save teams</source>
        <translation>Salvesta meeskonnad</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Event</source>
        <translation>Sündmus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Team size from</source>
        <translation>Meeskonna suurus alates</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>to</source>
        <translation>kuni</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Ties</source>
        <translation>Sidemed</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Seed</source>
        <translation>Seeme</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="205" />
        <source>No events in this network.</source>
        <translation>Selles võrgustikus pole sündmusi.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="223" />
        <source>Loading participants…</source>
        <translation>Laadin osalejaid…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/teams_view.py" line="243" />
        <source>%n participants</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="266" />
        <source>Building teams…</source>
        <translation>Koostan meeskondi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/teams_view.py" line="290" />
        <source>%n teams built</source>
        <translation>
            <numerusform>%n meeskond koostatud</numerusform>
            <numerusform>%n meeskonda koostatud</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="300" />
        <source>Cancelled; the teams were not changed.</source>
        <translation>Katkestatud; meeskondi ei muudetud.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="306" />
        <source>Failed: %1</source>
        <translation>Ebaõnnestus: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="84" />
        <source>Score %1</source>
        <translation>Skoor %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="86" />
        <source>Covers: %1</source>
        <translation>Katab: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="87" />
        <location filename="../../matchmaker/ui/team_print.py" line="44" />
        <source>Lacks: %1</source>
        <translation>Puudub: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="331" />
        <source>Unmet: %1</source>
        <translation>Täitmata: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="369" />
        <source>Challenges file</source>
        <translation>Väljakutsete fail</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="369" />
        <source>Challenges (*.json *.csv)</source>
        <translation>Väljakutsed (*.json *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/teams_view.py" line="383" />
        <source>%n challenges loaded</source>
        <translation>
            <numerusform>%n väljakutse laaditud</numerusform>
            <numerusform>%n väljakutset laaditud</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="400" />
        <source>Export teams</source>
        <translation>Ekspordi meeskonnad</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="407" />
        <location filename="../../matchmaker/ui/teams_view.py" line="418" />
        <source>Written: %1</source>
        <translation>Kirjutatud: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="446" />
        <source>Teams saved.</source>
        <translation>Meeskonnad salvestatud.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_commands.py" line="35" />
        <source>Move %1 to %2</source>
        <translation>Vii %1 meeskonda %2</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_commands.py" line="54" />
        <source>Lock %1</source>
        <translation>Lukusta %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_commands.py" line="56" />
        <source>Unlock %1</source>
        <translation>Vabasta %1</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="24" />
        <source>Startup</source>
        <translation>Idufirma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="25" />
        <source>IT company</source>
        <translation>IT-ettevõte</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="26" />
        <source>Public body</source>
        <translation>Avalik asutus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="27" />
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="28" />
        <source>University</source>
        <translation>Ülikool</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="29" />
        <source>NGO</source>
        <translation>MTÜ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="30" />
        <source>Person</source>
        <translation>Isik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="35" />
        <source>works at</source>
        <translation>töötab</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="36" />
        <source>member of</source>
        <translation>liige</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="37" />
        <source>advises</source>
        <translation>nõustab</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="38" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="39" />
        <source>invested in</source>
        <translation>investeeris</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="40" />
        <source>mentored</source>
        <translation>mentorlus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="41" />
        <source>co-founded</source>
        <translation>kaasasutaja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="42" />
        <source>knows</source>
        <translation>tunneb</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="45" />
        <source>participant</source>
        <translation>osaleja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="46" />
        <source>organiser</source>
        <translation>korraldaja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="47" />
        <source>speaker</source>
        <translation>esineja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="48" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="49" />
        <source>jury</source>
        <translation>žürii</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="50" />
        <source>sponsor</source>
        <translation>toetaja</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../matchmaker/ui/insights_charts.py" line="35" />
        <source>No data yet</source>
        <translation>Andmeid veel pole</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda of</source>
        <translation>Päevakava:</translation>
    </message>
    <message>
        <source>Present in slots</source>
        <translation>Kohal ajapiludes</translation>
    </message>
    <message>
        <source>all (e.g. 1-4, 7; none)</source>
        <translation>kõik (nt 1-4, 7; none)</translation>
    </message>
    <message>
        <source>Set presence</source>
        <translation>Määra kohalolek</translation>
    </message>
    <message>
        <source>Cancelled from slot</source>
        <translation>Loobus alates pilust</translation>
    </message>
    <message>
        <source>Absent from this slot on: the schedule is repaired at once, other meetings stay put</source>
        <translation>Puudub sellest pilust alates: ajakava parandatakse kohe, teised kohtumised jäävad paigale</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Pilu</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Laud</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Kellega</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n kohtumine</numerusform>
            <numerusform>%n kohtumist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brokerage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>must meet</source>
        <translation>peab kohtuma</translation>
    </message>
    <message>
        <source>would meet</source>
        <translation>kohtuks hea meelega</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>met</source>
        <translation>kohtusid</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>kokkulepe</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>jätkuta</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>ei tulnud</translation>
    </message>
</context>
<context>
    <name>BrokerageView</name>
    <message>
        <source>Event</source>
        <translation>Sündmus</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Valikud</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Päevakavad</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Tulemused</translation>
    </message>
    <message>
        <source>Whom each participant could meet, from the recommender, among this event's participants. Mark each must meet, would meet or no; a no is final: the pair is never scheduled.</source>
        <translation>Kellega iga osaleja võiks kohtuda — soovitaja pakub selle sündmuse osalejate seast. Märgi igaüks: peab kohtuma, kohtuks hea meelega või ei; „ei” on lõplik: paari ei panda kunagi kokku.</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtreeri nime järgi…</translation>
    </message>
    <message>
        <source>Suggestions each</source>
        <translation>Soovitusi igaühele</translation>
    </message>
    <message>
        <source>Read picks sheet…</source>
        <translation>Loe valikute tabel…</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ei tehtud: %1</translation>
    </message>
    <message>
        <source>No events in this network.</source>
        <translation>Selles võrgustikus pole sündmusi.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Osalejate laadimine…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s)</source>
        <translation>
            <numerusform>%n valik</numerusform>
            <numerusform>%n valikut</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the schedule…</source>
        <translation>Ajakava koostamine…</translation>
    </message>
    <message>
        <source>Cancelling… (the exact search finishes its current step)</source>
        <translation>Katkestamine… (täpne otsing lõpetab käimasoleva sammu)</translation>
    </message>
    <message>
        <source>Cancelled; the saved schedule was not changed.</source>
        <translation>Katkestatud; salvestatud ajakava ei muudetud.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-failid (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Exceli tööraamat (*.xlsx);;CSV-fail (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Kirjutatud: %1</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Slot</source>
        <translation>Pilu</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Selected meetings:</source>
        <translation>Valitud kohtumised:</translation>
    </message>
    <message>
        <source>Read venue sheet…</source>
        <translation>Loe korraldaja tabel…</translation>
    </message>
    <message>
        <source>Record outcomes</source>
        <translation>Salvesta tulemused</translation>
    </message>
    <message>
        <source>After the forum: what came of each meeting. Met and agreement teach the recommender that the pair was worth suggesting; no follow-up that it was not.</source>
        <translation>Pärast foorumit: mis igast kohtumisest tuli. „Kohtusid” ja „kokkulepe” õpetavad soovitajale, et paari tasus soovitada; „jätkuta”, et ei tasunud.</translation>
    </message>
</context>
<context>
    <name>PicksModel</name>
    <message>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <source>Could meet</source>
        <translation>Võiks kohtuda</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tase</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Miks soovitatud</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Valik</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Kohtumine</translation>
    </message>
    <message>
        <source>never: they said no</source>
        <translation>mitte kunagi: teine pool ütles ei</translation>
    </message>
    <message>
        <source>never: a no is final</source>
        <translation>mitte kunagi: „ei” on lõplik</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <source>Table %1</source>
        <translation>Laud %1</translation>
    </message>
</context>
<context>
    <name>UnscheduledTable</name>
    <message>
        <source>Asked</source>
        <translation>Soovija</translation>
    </message>
    <message>
        <source>To meet</source>
        <translation>Kellega</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Soov</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Miks mitte</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Enne</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Osalised</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Tee varukoopia kohe</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Taasta…</translation>
    </message>
    <message>
        <source>No backups yet: one is taken before every import, reset and forget.</source>
        <translation>Varukoopiaid veel pole: üks tehakse enne iga importi, lähtestamist ja unustamist.</translation>
    </message>
    <message>
        <source>Backup %1 taken.</source>
        <translation>Varukoopia %1 tehtud.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Taasta varukoopia</translation>
    </message>
    <message>
        <source>Replace the whole network with the backup taken %1 (before %2, %3 actors)? Everything changed since is replaced; the current state is backed up first.</source>
        <translation>Asendada kogu võrgustik varukoopiaga, mis tehti %1 (enne: %2, %3 osalist)? Kõik hilisemad muudatused asendatakse; praegusest seisust tehakse enne varukoopia.</translation>
    </message>
    <message>
        <source>Backup restored; the state before it was backed up too.</source>
        <translation>Varukoopia taastatud; eelnevast seisust tehti samuti varukoopia.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Someone else saved this actor</source>
        <translation>Keegi teine salvestas selle osalise</translation>
    </message>
    <message>
        <source>%1 was saved by someone else after you opened it (version %2; you started from version %3). Your change was not saved. Compare both versions and choose.</source>
        <translation>%1 salvestas keegi teine pärast seda, kui sina selle avasid (versioon %2; sina alustasid versioonist %3). Sinu muudatust ei salvestatud. Võrdle mõlemat versiooni ja vali.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sinu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Jäta minu oma</translation>
    </message>
    <message>
        <source>Take the saved one</source>
        <translation>Võta salvestatud</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export for whom?</source>
        <translation>Kellele eksportida?</translation>
    </message>
    <message>
        <source>Who will read this file? Actors they may not see are left out, with their ties.</source>
        <translation>Kes seda faili loeb? Osalised, keda nad näha ei tohi, jäetakse välja koos nende seostega.</translation>
    </message>
    <message>
        <source>Anyone: public actors only</source>
        <translation>Igaüks: ainult avalikud osalised</translation>
    </message>
    <message>
        <source>The Sandbox council: public and council-only actors</source>
        <translation>Sandboxi nõukogu: avalikud ja ainult nõukogule nähtavad osalised</translation>
    </message>
    <message>
        <source>Everything, private actors too (a backup for yourself)</source>
        <translation>Kõik, ka privaatsed osalised (varukoopia iseendale)</translation>
    </message>
    <message>
        <source>Include contact details (e-mail addresses, personal web pages)</source>
        <translation>Lisa kontaktandmed (e-posti aadressid, isiklikud veebilehed)</translation>
    </message>
    <message>
        <source>This file will hold personal data: keep it safe and share it with no one else.</source>
        <translation>See fail sisaldab isikuandmeid: hoia seda kindlas kohas ja ära jaga kellegagi.</translation>
    </message>
</context>
<context>
    <name>PersonRightsMenu</name>
    <message>
        <source>Export everything about this person…</source>
        <translation>Ekspordi kõik selle isiku kohta…</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Unusta see isik…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ei tehtud</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Ekspordi kõik: %1</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON-fail (*.json)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporditud</translation>
    </message>
    <message>
        <source>Everything kept about %1 is in %2.</source>
        <translation>Kõik, mis on hoitud (%1), on failis %2.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>mitte midagi muud</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Unusta see isik</translation>
    </message>
    <message>
        <source>Erase %1 (%2) and every record about them: %3?</source>
        <translation>Kustutada %1 (%2) ja kõik kirjed tema kohta: %3?</translation>
    </message>
    <message>
        <source>The bytes are overwritten in the database file. A backup is taken first and still holds them (File ▸ Backups…) until it is rotated away.</source>
        <translation>Baidid kirjutatakse andmebaasifailis üle. Enne tehakse varukoopia, kus andmed veel on (Fail ▸ Varukoopiad…), kuni see roteeritakse ära.</translation>
    </message>
    <message>
        <source>Erased %1: %2.</source>
        <translation>Kustutatud %1: %2.</translation>
    </message>
    <message>
        <source>The backup taken just before (%1) still holds them.</source>
        <translation>Vahetult enne tehtud varukoopia (%1) sisaldab neid veel.</translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation>Unustatud</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <source>Private: kept in this database only, never exported or suggested</source>
        <translation>Privaatne: ainult selles andmebaasis, ei ekspordita ega soovitata kunagi</translation>
    </message>
    <message>
        <source>Council only: exported and suggested to council members only</source>
        <translation>Ainult nõukogule: eksporditakse ja soovitatakse ainult nõukogu liikmetele</translation>
    </message>
</context>
<context>
    <name>ForumWrites</name>
    <message>
        <source>Spreadsheets %1</source>
        <translation>Tabelid %1</translation>
    </message>
    <message>
        <source>Saved: %1 about %2.</source>
        <translation>Salvestatud: %1 — %2.</translation>
    </message>
    <message>
        <source>A no is final</source>
        <translation>„Ei” on lõplik</translation>
    </message>
    <message>
        <source>%1 will never be scheduled to meet %2, and this pick cannot be changed here again.</source>
        <translation>%1 ei saa kunagi kohtumist osalejaga %2 ja seda valikut ei saa siin enam muuta.</translation>
    </message>
    <message>
        <source>Picks sheet</source>
        <translation>Valikute tabel</translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s) read.</source>
        <translation>
            <numerusform>%n valik loetud.</numerusform>
            <numerusform>%n valikut loetud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Presence sheet</source>
        <translation>Kohaloleku tabel</translation>
    </message>
    <message numerus="yes">
        <source>Presence of %n participant(s) read.</source>
        <translation>
            <numerusform>%n osaleja kohalolek loetud.</numerusform>
            <numerusform>%n osaleja kohalolek loetud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Presence of %1 saved.</source>
        <translation>%1: kohalolek salvestatud.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule saved: %n meeting(s).</source>
        <translation>
            <numerusform>Ajakava salvestatud: %n kohtumine.</numerusform>
            <numerusform>Ajakava salvestatud: %n kohtumist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled from slot %2: </source>
        <translation>%1 loobus alates pilust %2: </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) dropped, </source>
        <translation>
            <numerusform>%n kohtumine jäi ära, </numerusform>
            <numerusform>%n kohtumist jäi ära, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added; every other meeting stays where it was.</source>
        <translation>
            <numerusform>%n lisatud; kõik teised kohtumised jäävad paigale.</numerusform>
            <numerusform>%n lisatud; kõik teised kohtumised jäävad paigale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Venue sheet with outcomes</source>
        <translation>Korraldaja tabel tulemustega</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) read; press Record outcomes to keep them.</source>
        <translation>
            <numerusform>%n tulemus loetud; vajuta „Salvesta tulemused”.</numerusform>
            <numerusform>%n tulemust loetud; vajuta „Salvesta tulemused”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) recorded; the recommender learns from them.</source>
        <translation>
            <numerusform>%n tulemus salvestatud; soovitaja õpib neist.</numerusform>
            <numerusform>%n tulemust salvestatud; soovitaja õpib neist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Slots</source>
        <translation>Ajapilud</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Lauad</translation>
    </message>
    <message>
        <source>Most per person</source>
        <translation>Ühele kõige rohkem</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutit</translation>
    </message>
    <message>
        <source>Search seconds</source>
        <translation>Otsingu sekundid</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>piiranguta</translation>
    </message>
    <message>
        <source>09:30</source>
        <translation>09:30</translation>
    </message>
    <message>
        <source>Read presence sheet…</source>
        <translation>Loe kohaloleku tabel…</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Koosta ajakava</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Agendas PDF…</source>
        <translation>Päevakavad PDF…</translation>
    </message>
    <message>
        <source>Table plan PDF…</source>
        <translation>Laudade plaan PDF…</translation>
    </message>
    <message>
        <source>Venue sheet…</source>
        <translation>Korraldaja tabel…</translation>
    </message>
    <message>
        <source>Requested but not scheduled</source>
        <translation>Soovitud, kuid ajakavast väljas</translation>
    </message>
    <message>
        <source>No schedule yet.</source>
        <translation>Ajakava veel pole.</translation>
    </message>
    <message>
        <source>exact search</source>
        <translation>täpne otsing</translation>
    </message>
    <message>
        <source>fast heuristic</source>
        <translation>kiire heuristika</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>parandatud</translation>
    </message>
    <message>
        <source>first come</source>
        <translation>saabumise järjekorras</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), value %1</source>
        <translation>
            <numerusform>%n kohtumine, väärtus %1</numerusform>
            <numerusform>%n kohtumist, väärtus %1</numerusform>
        </translation>
    </message>
    <message>
        <source> of at most %1</source>
        <translation> kõige rohkem %1-st</translation>
    </message>
    <message>
        <source> — optimal</source>
        <translation> — optimaalne</translation>
    </message>
    <message>
        <source> — gap %1%</source>
        <translation> — vahe %1%</translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation>, %1 s</translation>
    </message>
</context>
<context><name>MergeConflictsDialog</name><message>
        <source>Merge snapshot: fields changed on both sides</source>
        <translation>Hetktõmmise ühendamine: mõlemal pool muudetud väljad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Siin</translation>
    </message>
    <message>
        <source>In the snapshot</source>
        <translation>Hetktõmmises</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Jäta alles</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Hetktõmmis</translation>
    </message>
    <message>
        <source>Keep all here</source>
        <translation>Jäta kõik siinsed</translation>
    </message>
    <message>
        <source>Take all from the snapshot</source>
        <translation>Võta kõik hetktõmmisest</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Ühenda</translation>
    </message>
</context><context><name>SnapshotActions</name><message>
        <source>Export snapshot</source>
        <translation>Ekspordi hetktõmmis</translation>
    </message>
    <message>
        <source>Snapshot (*.json)</source>
        <translation>Hetktõmmis (*.json)</translation>
    </message>
    <message>
        <source>Exporting snapshot…</source>
        <translation>Hetktõmmise eksport…</translation>
    </message>
    <message>
        <source>Snapshot written: %1 actors, %2 ties (public records, no contacts).</source>
        <translation>Hetktõmmis kirjutatud: %1 osalejat, %2 sidet (avalikud kirjed, kontaktideta).</translation>
    </message>
    <message>
        <source>Merge snapshot</source>
        <translation>Ühenda hetktõmmis</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Ühendan %1…</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 changed, %3 deleted, %4 conflicts decided.</source>
        <translation>Ühendatud: %1 lisatud, %2 muudetud, %3 kustutatud, %4 vastuolu lahendatud.</translation>
    </message>
</context><context><name>BriefingOptions</name><message>
        <source>Briefing</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <source>A brief leaves the app: choose what it may show.</source>
        <translation>Ülevaade lahkub rakendusest: vali, mida see võib näidata.</translation>
    </message>
    <message>
        <source>Include council-only actors</source>
        <translation>Kaasa ainult nõukogule nähtavad osalejad</translation>
    </message>
    <message>
        <source>Include contact details (e-mail)</source>
        <translation>Kaasa kontaktandmed (e-post)</translation>
    </message>
</context><context><name>BriefingActions</name><message>
        <source>Save briefing</source>
        <translation>Salvesta ülevaade</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>Ülevaate koostamine…</translation>
    </message>
    <message>
        <source>Briefing saved: %1</source>
        <translation>Ülevaade salvestatud: %1</translation>
    </message>
</context></TS>