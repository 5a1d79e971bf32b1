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
    <name>ActorDetails</name>
    <message>
        <source>Find a path to…</source>
        <translation>Leia tee…</translation>
    </message>
    <message>
        <source>A warm introduction from this actor to someone else</source>
        <translation>Soe tutvustus sellelt osalejalt kellelegi teisele</translation>
    </message>
    <message>
        <source>Show suggestions</source>
        <translation>Näita soovitusi</translation>
    </message>
    <message>
        <source>Draw the suggested partners on the map</source>
        <translation>Näita soovitatud partnereid kaardil</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fookus</translation>
    </message>
    <message>
        <source>Show only this actor&apos;s neighbourhood</source>
        <translation>Näita ainult selle osaleja naabruskonda</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ava profiil</translation>
    </message>
    <message>
        <source>Click an actor on the map to see who they are.</source>
        <translation>Klõpsa kaardil osalejal, et näha, kes see on.</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Valdkonnad: %1</translation>
    </message>
    <message>
        <source>Offers: %1</source>
        <translation>Pakub: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Vajab: %1</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Sidemed</translation>
    </message>
    <message numerus="yes">
        <source>Ties (%n)</source>
        <translation>
            <numerusform>Sidemed (%n)</numerusform>
            <numerusform>Sidemed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja veel %n</numerusform>
            <numerusform>… ja veel %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No ties yet: a warm introduction could start one.</source>
        <translation>Sidemeid veel pole: soe tutvustus võiks ühe alustada.</translation>
    </message>
    <message>
        <source>Suggested partners: ranking…</source>
        <translation>Soovitatud partnerid: järjestan…</translation>
    </message>
    <message numerus="yes">
        <source>Suggested partners (%n)</source>
        <translation>
            <numerusform>Soovitatud partnerid (%n)</numerusform>
            <numerusform>Soovitatud partnerid (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>strong match</source>
        <translation>tugev sobivus</translation>
    </message>
    <message>
        <source>good match</source>
        <translation>hea sobivus</translation>
    </message>
    <message>
        <source>possible match</source>
        <translation>võimalik sobivus</translation>
    </message>
    <message>
        <source>Suggested partners: none (%1)</source>
        <translation>Soovitatud partnerid: pole (%1)</translation>
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
    <name>BestPairsPanel</name>
    <message>
        <source>Find the best pairs</source>
        <translation>Leia parimad paarid</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Profile of the first</source>
        <translation>Esimese profiil</translation>
    </message>
    <message>
        <source>Profile of the second</source>
        <translation>Teise profiil</translation>
    </message>
    <message>
        <source>Matches for the first</source>
        <translation>Esimese sobivad partnerid</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tase</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message>
        <source>The best pairs of actors from different countries in the whole network: every actor is ranked, which takes a while on a large network.</source>
        <translation>Kogu võrgustiku parimad eri riikide osalejate paarid: järjestatakse iga osaleja, mis suures võrgustikus võtab aega.</translation>
    </message>
    <message numerus="yes">
        <source>%n best pair(s) across borders, best first</source>
        <translation>
            <numerusform>%n parim piiriülene paar, parim eespool</numerusform>
            <numerusform>%n parimat piiriülest paari, parim eespool</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking every actor…</source>
        <translation>Järjestan kõiki osalejaid…</translation>
    </message>
    <message>
        <source>The network has changed since these pairs were found: find them again to update.</source>
        <translation>Võrgustik on pärast nende paaride leidmist muutunud: uuendamiseks leia need uuesti.</translation>
    </message>
    <message numerus="yes">
        <source>%n best pair(s) across borders, found %1 for this very network; find them again to re-rank.</source>
        <translation>
            <numerusform>%n parim piiriülene paar, leitud %1 just selle võrgustiku jaoks; uuesti järjestamiseks leia need uuesti.</numerusform>
            <numerusform>%n parimat piiriülest paari, leitud %1 just selle võrgustiku jaoks; uuesti järjestamiseks leia need uuesti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Katkestatud.</translation>
    </message>
    <message>
        <source>The best pairs among the %1 of %2 actors ranked so far; the reasons come when every actor is ranked.</source>
        <translation>Parimad paarid seni järjestatud %1 osaleja seas (kokku %2); põhjendused tulevad, kui kõik osalejad on järjestatud.</translation>
    </message>
    <message>
        <source>Could not rank the network: %1</source>
        <translation>Võrgustikku ei õnnestunud järjestada: %1</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
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
</context>
<context>
    <name>BriefingOptions</name>
    <message>
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
        <source>Whom each participant could meet, from the recommender, among this event&apos;s participants. Mark each must meet, would meet or no; a no is final: the pair is never scheduled.</source>
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
    <name>ChallengeEditor</name>
    <message>
        <source>Challenges</source>
        <translation>Väljakutsed</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>Lisa väljakutse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>What the team builds, e.g. Registry API</source>
        <translation>Mida meeskond ehitab, nt registri API</translation>
    </message>
    <message>
        <source>Skills the team needs</source>
        <translation>Meeskonnale vajalikud oskused</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ava…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvesta kui…</translation>
    </message>
    <message>
        <source>Each team gets a challenge in turn; its score counts the challenge&apos;s skills it covers. Saved as a JSON file the command line reads too (matchmaker teams EVENT --challenges FILE): %1</source>
        <translation>Iga meeskond saab kordamööda ühe väljakutse; tema skoor loeb väljakutse oskusi, mida ta katab. Salvestatakse JSON-failina, mida loeb ka käsurida (matchmaker teams EVENT --challenges FILE): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skill(s))</source>
        <translation>
            <numerusform>%1 (%n oskus)</numerusform>
            <numerusform>%1 (%n oskust)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nimeta)</translation>
    </message>
    <message>
        <source>“%1” names no skill of the taxonomy.</source>
        <translation>„%1” ei vasta ühelegi taksonoomia oskusele.</translation>
    </message>
    <message>
        <source>Open challenges</source>
        <translation>Ava väljakutsed</translation>
    </message>
    <message>
        <source>Challenges (*.json *.csv)</source>
        <translation>Väljakutsed (*.json *.csv)</translation>
    </message>
    <message>
        <source>Save challenges</source>
        <translation>Salvesta väljakutsed</translation>
    </message>
    <message>
        <source>Challenges (*.json)</source>
        <translation>Väljakutsed (*.json)</translation>
    </message>
    <message>
        <source>challenges.json</source>
        <translation>väljakutsed.json</translation>
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
    <message>
        <source>Open profile</source>
        <translation>Ava profiil</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Näita kaardil</translation>
    </message>
    <message>
        <source>Warm introduction from %1 to %2</source>
        <translation>Soe tutvustus: %1 → %2</translation>
    </message>
    <message>
        <source>Warm introduction from here…</source>
        <translation>Soe tutvustus siit…</translation>
    </message>
    <message>
        <source>Warm introduction to here…</source>
        <translation>Soe tutvustus siia…</translation>
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
        <source>Import one spreadsheet at a time.</source>
        <translation>Impordi üks tabel korraga.</translation>
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
        <source>Interchange files and spreadsheets (*.json *.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Vahetusfailid ja tabelid (*.json *.csv *.xlsx *.xlsm);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Export CSV tables to folder</source>
        <translation>Ekspordi CSV-tabelid kausta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
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
    <name>GuideDialog</name>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut.</source>
        <translation>Abi ▸ Klaviatuuri otseteed loetleb kõik otseteed.</translation>
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
        <source>Not computed: stopped</source>
        <translation>Arvutamata: peatatud</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Arvutan…</translation>
    </message>
    <message>
        <source>A broker&apos;s score is the share of the shortest chains between an Estonian and a Ukrainian actor that pass through them: 10% means one chain in ten. High scorers hold the two countries together and are the people to ask for introductions.</source>
        <translation>Vahendaja skoor on eesti ja ukraina osaleja vaheliste lühimate ahelate osakaal, mis läbivad teda: 10% tähendab üht ahelat kümnest. Kõrge skooriga vahendajad hoiavad kaht riiki koos ja nendelt tasub tutvustusi paluda.</translation>
    </message>
    <message>
        <source>Counting what the recommender learned from…</source>
        <translation>Loendan, millest soovitaja õppis…</translation>
    </message>
    <message>
        <source>Finding brokers…</source>
        <translation>Vahendajate otsimine…</translation>
    </message>
    <message>
        <source>Brokers not found: stopped.</source>
        <translation>Vahendajaid ei leitud: peatatud.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Õppinud %n salvestatud tulemusest ja sõlmitud partnerlustest.</numerusform>
            <numerusform>Õppinud %n salvestatud tulemusest ja sõlmitud partnerlustest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Vaikekaalud: õppimiseks on veel liiga vähe tulemusi (seni %n).</numerusform>
            <numerusform>Vaikekaalud: õppimiseks on veel liiga vähe tulemusi (seni %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The recommender: %1</source>
        <translation>Soovitaja: %1</translation>
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
    <name>IntroPanel</name>
    <message>
        <source>&lt;b&gt;Warm introduction&lt;/b&gt;&lt;br&gt;Who can introduce one actor to another, warmest chain first.</source>
        <translation>&lt;b&gt;Soe tutvustus&lt;/b&gt;&lt;br&gt;Kes saab ühe osaleja teisele tutvustada, soojemad ahelad eespool.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Kellelt:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Ke&amp;llele:</translation>
    </message>
    <message>
        <source>Who asks (type a name)</source>
        <translation>Kes palub (sisesta nimi)</translation>
    </message>
    <message>
        <source>Whom to reach (type a name)</source>
        <translation>Kelleni jõuda (sisesta nimi)</translation>
    </message>
    <message>
        <source>Find chains</source>
        <translation>Leia ahelad</translation>
    </message>
    <message>
        <source>Swap From and To</source>
        <translation>Vaheta „Kellelt” ja „Kellele”</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <source>Forget the chains and clear them from the map</source>
        <translation>Unusta ahelad ja eemalda need kaardilt</translation>
    </message>
    <message>
        <source>Now choose whom to reach: type a name, or right-click an actor on the map.</source>
        <translation>Nüüd vali, kelleni jõuda: sisesta nimi või paremklõpsa kaardil osalejal.</translation>
    </message>
    <message>
        <source>Choose both actors first.</source>
        <translation>Vali kõigepealt mõlemad osalejad.</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>Vali kaks erinevat osalejat.</translation>
    </message>
    <message>
        <source>Looking for chains…</source>
        <translation>Otsin ahelaid…</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Otsing ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>No chain of at most five introductions links %1 and %2.</source>
        <translation>Ükski kuni viiest tutvustusest koosnev ahel ei ühenda osalejaid %1 ja %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s), warmest first: strong, recent ties make a chain warm.</source>
        <translation>
            <numerusform>%n ahel, soojemad eespool: tugevad ja värsked sidemed teevad ahela soojaks.</numerusform>
            <numerusform>%n ahelat, soojemad eespool: tugevad ja värsked sidemed teevad ahela soojaks.</numerusform>
        </translation>
    </message>
    <message>
        <source>They already know each other: contact them directly.</source>
        <translation>Nad tunnevad juba üksteist: võta nendega otse ühendust.</translation>
    </message>
    <message>
        <source>Ask %1 to introduce %2 to %3.</source>
        <translation>Palu, et %1 tutvustaks osalejat %2 osalejale %3.</translation>
    </message>
    <message>
        <source>Then %1 introduces %2 to %3.</source>
        <translation>Seejärel tutvustab %1 osalejat %2 osalejale %3.</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>side</translation>
    </message>
</context>
<context>
    <name>LockDelegate</name>
    <message>
        <source>Locked</source>
        <translation>Lukustatud</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lukusta</translation>
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
        <source>Loading cancelled: open a database to go on.</source>
        <translation>Laadimine katkestati: jätkamiseks ava andmebaas.</translation>
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
        <source>&amp;Guide to this view</source>
        <translation>&amp;Juhend selle vaate kohta</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatuuri otseteed</translation>
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
        <source>opening…</source>
        <translation>avamisel…</translation>
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
    <message>
        <source>Loading the network…</source>
        <translation>Laadin võrgustikku…</translation>
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
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Varukoopiad…</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Kohtumised</translation>
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
    <name>MapPanel</name>
    <message>
        <source>Details</source>
        <translation>Andmed</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Tutvustused</translation>
    </message>
    <message>
        <source>Close the panel</source>
        <translation>Sulge paneel</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Offers (skills)</source>
        <translation>Pakub (oskused)</translation>
    </message>
    <message>
        <source>Needs (skills)</source>
        <translation>Vajab (oskused)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— eira —</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Veerud</translation>
    </message>
    <message>
        <source>Which field each column holds. Guessed from the headers; the choice is remembered for sheets with the same headers.</source>
        <translation>Millist välja iga veerg sisaldab. Arvatakse päiste järgi; valik jäetakse meelde samade päistega tabelite jaoks.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Veerg</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Näited</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>For new actors whose row leaves these empty:</source>
        <translation>Uutele osalejatele, kelle rida jätab need tühjaks:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Liik:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Riik:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Nähtavus:</translation>
    </message>
    <message>
        <source>— from the sheet —</source>
        <translation>— tabelist —</translation>
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
        <source>Active in the network</source>
        <translation>Võrgustikus aktiivne</translation>
    </message>
    <message>
        <source>Active lately</source>
        <translation>Viimasel ajal aktiivne</translation>
    </message>
    <message>
        <source>Active and experienced</source>
        <translation>Aktiivne ja kogenud</translation>
    </message>
    <message>
        <source>New shared partners</source>
        <translation>Uued ühised partnerid</translation>
    </message>
    <message>
        <source>Rare shared partners</source>
        <translation>Harvad ühised partnerid</translation>
    </message>
    <message>
        <source>Partners of partners</source>
        <translation>Partnerite partnerid</translation>
    </message>
    <message>
        <source>Similar profile</source>
        <translation>Sarnane profiil</translation>
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
        <source>Warm introduction</source>
        <translation>Soe tutvustus</translation>
    </message>
    <message>
        <source>Met at the same events</source>
        <translation>Samadel sündmustel</translation>
    </message>
    <message>
        <source>Kinds that often partner</source>
        <translation>Sageli koostööd tegevad liigid</translation>
    </message>
    <message>
        <source>Like your past partners</source>
        <translation>Sarnane senistele partneritele</translation>
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
        <source>Works with your kind</source>
        <translation>Koostöö sinu liigiga</translation>
    </message>
    <message>
        <source>Countries that partner</source>
        <translation>Koostööd tegevad riigid</translation>
    </message>
    <message>
        <source>Your ties to theirs</source>
        <translation>Sinu sidemed nende omadega</translation>
    </message>
    <message>
        <source>Sectors that tie up here</source>
        <translation>Siin koostööd tegevad valdkonnad</translation>
    </message>
    <message>
        <source>Partners like you</source>
        <translation>Partnerid nagu sina</translation>
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
        <source>Suggestions</source>
        <translation>Soovitused</translation>
    </message>
    <message>
        <source>Recorded outcomes (%1)</source>
        <translation>Salvestatud tulemused (%1)</translation>
    </message>
    <message>
        <source>Best pairs across borders</source>
        <translation>Parimad piiriülesed paarid</translation>
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
        <source>Restore %1 as a suggestion</source>
        <translation>Taasta %1 soovitusena</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Tulemus %1: %2</translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message>
        <source>Merge snapshot: fields changed on both sides</source>
        <translation>Hetktõmmise ühendamine: mõlemal pool muudetud väljad</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed both here and in the snapshot since the two copies last met. Choose which value to keep; nothing is written until you press Merge.</source>
        <translation>
            <numerusform>%n väli on muudetud nii siin kui ka hetktõmmises pärast kahe koopia viimast kokkupuudet. Vali, milline väärtus jätta; midagi ei kirjutata enne, kui vajutad „Ühenda”.</numerusform>
            <numerusform>%n välja on muudetud nii siin kui ka hetktõmmises pärast kahe koopia viimast kokkupuudet. Vali, milline väärtus jätta; midagi ei kirjutata enne, kui vajutad „Ühenda”.</numerusform>
        </translation>
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
        <source>Communities not found: stopped.</source>
        <translation>Kogukondi ei leitud: peatatud.</translation>
    </message>
    <message>
        <source>Communities not found</source>
        <translation>Kogukondi ei leitud</translation>
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
    <message>
        <source>Focus on this actor</source>
        <translation>Keskendu sellele osalejale</translation>
    </message>
    <message>
        <source>Path from here…</source>
        <translation>Tee siit…</translation>
    </message>
    <message>
        <source>Path to here</source>
        <translation>Tee siia</translation>
    </message>
    <message>
        <source>Show suggestions</source>
        <translation>Näita soovitusi</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ava profiil</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
    <message>
        <source>The first rows of the file, as it holds them.</source>
        <translation>Faili esimesed read, nii nagu need failis on.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Leht:</translation>
    </message>
    <message numerus="yes">
        <source>Workbook: %n row(s) under the header in row %1.</source>
        <translation>
            <numerusform>Tööraamat: %n rida päise all, mis on real %1.</numerusform>
            <numerusform>Tööraamat: %n rida päise all, mis on real %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV (%2, separated by %3): %n row(s) under the header in row %1.</source>
        <translation>
            <numerusform>CSV (%2, eraldaja %3): %n rida päise all, mis on real %1.</numerusform>
            <numerusform>CSV (%2, eraldaja %3): %n rida päise all, mis on real %1.</numerusform>
        </translation>
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
        <source>names no country: “%1”; pick one from the list</source>
        <extracomment>Fields that may hold more than this many characters get a multi-line editor. Shown first (a profile starts with who it is); the others follow in declaration order.</extracomment>
        <translation>ei ole riik: „%1”; vali loendist</translation>
    </message>
    <message>
        <source>Type a country&apos;s name and pick it</source>
        <translation>Sisesta riigi nimi ja vali see</translation>
    </message>
    <message>
        <source>comma-separated</source>
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
    <message>
        <source>Privacy</source>
        <translation>Privaatsus</translation>
    </message>
    <message>
        <source>The saved version was kept.</source>
        <translation>Salvestatud versioon jäeti alles.</translation>
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
    <name>RecordedOutcomes</name>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Kõik tulemused</translation>
    </message>
    <message>
        <source>for this actor</source>
        <translation>selle osaleja jaoks</translation>
    </message>
    <message>
        <source>for every actor</source>
        <translation>kõigi osalejate jaoks</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <source>Suggested to</source>
        <translation>Soovitatud osalejale</translation>
    </message>
    <message>
        <source>Restore as suggestion</source>
        <translation>Taasta soovitusena</translation>
    </message>
    <message>
        <source>Forget the recorded outcome: the partner is ranked among the suggestions again</source>
        <translation>Unusta salvestatud tulemus: partner järjestatakse taas soovituste hulka</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <source>No outcomes recorded yet: use Contacted, Met, Agreement or Declined on a suggestion.</source>
        <translation>Tulemusi pole veel salvestatud: kasuta soovituse juures valikuid Võeti ühendust, Kohtusid, Kokkulepe või Loobuti.</translation>
    </message>
    <message>
        <source>No partner has this outcome.</source>
        <translation>Ühelgi partneril pole seda tulemust.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnerit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Ülevaatus</translation>
    </message>
    <message>
        <source>Nothing is written until every problem is fixed; the import is all or nothing.</source>
        <translation>Midagi ei kirjutata enne, kui kõik probleemid on parandatud; import toimub kas täielikult või üldse mitte.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Tõenäolised duplikaadid</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>Tabelis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Otsus</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Veerg</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollin…</translation>
    </message>
    <message>
        <source>Ready: %1 new actor(s), %2 merged into stored actors.</source>
        <translation>Valmis: uusi osalejaid %1, salvestatud osalejatega ühendatud %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before anything is imported.</source>
        <translation>
            <numerusform>%n probleem tuleb parandada enne, kui midagi imporditakse.</numerusform>
            <numerusform>%n probleemi tuleb parandada enne, kui midagi imporditakse.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>sama nimi</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>sarnane nimi</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>lühend</translation>
    </message>
    <message>
        <source>Merge into row %1: %2 (%3)</source>
        <translation>Ühenda reaga %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Merge into %2 (%3), %4</source>
        <translation>Ühenda osalejaga %2 (%3), %4</translation>
    </message>
    <message>
        <source>Create a new actor</source>
        <translation>Loo uus osaleja</translation>
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
    <name>SheetImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Impordi tabel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Directory: open the selected actor&apos;s profile</source>
        <extracomment>Keys a view handles itself: (keys, what they do).</extracomment>
        <translation>Kataloog: ava valitud osaleja profiil</translation>
    </message>
    <message>
        <source>Directory: clear the search; map: clear the selection</source>
        <translation>Kataloog: tühjenda otsing; kaart: tühista valik</translation>
    </message>
    <message>
        <source>Map: zoom in / out</source>
        <translation>Kaart: suurenda / vähenda</translation>
    </message>
    <message>
        <source>Map: fit the whole network</source>
        <translation>Kaart: mahuta kogu võrgustik</translation>
    </message>
    <message>
        <source>Map: pan</source>
        <translation>Kaart: liiguta vaadet</translation>
    </message>
    <message>
        <source>Map: open the selected actor&apos;s profile</source>
        <translation>Kaart: ava valitud osaleja profiil</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatuuri otseteed</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klahvid</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mida see teeb</translation>
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
    <name>SnapshotActions</name>
    <message>
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
    <name>TaskStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Stop this work; what is shown stays as it is</source>
        <translation>Peata see töö; näidatu jääb nii, nagu on</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Alusta uuesti</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Peatamine…</translation>
    </message>
</context>
<context>
    <name>TeamColumn</name>
    <message>
        <source>Drag a member to another team; press Lock to keep them in this team on the next Build</source>
        <translation>Lohista liige teise meeskonda; vajuta „Lukusta”, et jätta ta järgmisel koostamisel sellesse meeskonda</translation>
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
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Exceli tööraamatud (*.xlsx)</translation>
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
        <source>Write the challenges the teams work on and the skills each needs</source>
        <translation>Kirjuta väljakutsed, millega meeskonnad tegelevad, ja igaühe jaoks vajalikud oskused</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Ekspordi XLSX</translation>
    </message>
    <message>
        <source>With e-mail addresses</source>
        <translation>Koos e-posti aadressidega</translation>
    </message>
    <message>
        <source>Exports list the e-mail addresses of members whose profile is public; never of others</source>
        <translation>Eksport sisaldab ainult nende liikmete e-posti aadresse, kelle profiil on avalik; teiste oma mitte kunagi</translation>
    </message>
    <message>
        <source>No teams yet.

1. Choose the event and the team size above.
2. Optionally write the challenges (Challenges…): a name and the skills each team needs.
3. Press Build.

Then drag members between teams, press Lock on those who must stay where they are, and Build again; Edit ▸ Undo (Ctrl+Z) takes back every move and lock. Export the teams as CSV, XLSX or PDF, or save them with the network.</source>
        <translation>Meeskondi veel pole.

1. Vali ülal sündmus ja meeskonna suurus.
2. Soovi korral kirjuta väljakutsed (Väljakutsed…): nimi ja oskused, mida iga meeskond vajab.
3. Vajuta „Koosta”.

Seejärel lohista liikmeid meeskondade vahel, vajuta „Lukusta” nende juures, kes peavad jääma oma kohale, ja koosta uuesti; Muuda ▸ Võta tagasi (Ctrl+Z) tühistab iga liigutuse ja lukustuse. Ekspordi meeskonnad CSV, XLSX või PDF-failina või salvesta need koos võrgustikuga.</translation>
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
    <message numerus="yes">
        <source>%n challenge(s) set; press Build to use them</source>
        <translation>
            <numerusform>%n väljakutse määratud; vajuta „Koosta”, et neid kasutada</numerusform>
            <numerusform>%n väljakutset määratud; vajuta „Koosta”, et neid kasutada</numerusform>
        </translation>
    </message>
    <message>
        <source>Challenges: %1</source>
        <translation>Väljakutsed: %1</translation>
    </message>
    <message>
        <source>No challenges</source>
        <translation>Väljakutseid pole</translation>
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
    <name>TimeLeftLabel</name>
    <message>
        <source>less than a minute left</source>
        <translation>alla minuti jäänud</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>umbes %n minut jäänud</numerusform>
            <numerusform>umbes %n minutit jäänud</numerusform>
        </translation>
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
    <name>ViewGuides</name>
    <message>
        <source>Directory: every actor of the network</source>
        <translation>Kataloog: kõik võrgustiku osalejad</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+F) to find actors by name, city or sector, in any script: kyiv, Kiev and Київ find the same actors.
Narrow the list with the kind and country filters.
Enter or a double click opens the selected actor&apos;s profile.
Right-click a row to show the actor on the map or to find a warm introduction from or to them.</source>
        <translation>Kirjuta otsingukasti (Ctrl+F), et leida osalejaid nime, linna või valdkonna järgi mis tahes kirjas: kyiv, Kiev ja Київ leiavad samad osalejad.
Kitsenda loendit liigi ja riigi filtritega.
Enter või topeltklõps avab valitud osaleja profiili.
Paremklõpsa real, et näidata osalejat kaardil või leida soe tutvustus temalt või temani.</translation>
    </message>
    <message>
        <source>Profile: one actor, editable</source>
        <translation>Profiil: üks osaleja, muudetav</translation>
    </message>
    <message>
        <source>Edit a field and leave it to save; Ctrl+Z undoes, Ctrl+Shift+Z redoes.
Offers and needs are chips: type a skill to add it, click × to remove it.
Ties and events list whom the actor knows and where they met.</source>
        <translation>Muuda välja ja lahku sellest, et salvestada; Ctrl+Z võtab tagasi, Ctrl+Shift+Z teeb uuesti.
Pakkumised ja vajadused on kiibid: sisesta oskus, et see lisada, klõpsa ×, et eemaldada.
Sidemed ja sündmused näitavad, keda osaleja tunneb ja kus nad kohtusid.</translation>
    </message>
    <message>
        <source>Matches: partners across the border</source>
        <translation>Sobitused: partnerid üle piiri</translation>
    </message>
    <message>
        <source>For the current actor, the partners who need what it offers and offer what it needs, best first, with the reasons both ways.
Record what happened (contacted, met, agreement, declined): the recommender learns from these outcomes. Ctrl+Z undoes an outcome.
Show on map draws the suggestions on the Network view.</source>
        <translation>Praeguse osaleja jaoks partnerid, kes vajavad seda, mida ta pakub, ja pakuvad seda, mida ta vajab, parimad eespool, koos põhjustega mõlemas suunas.
Salvesta, mis juhtus (võeti ühendust, kohtusid, kokkulepe, loobuti): soovitaja õpib nendest tulemustest. Ctrl+Z võtab tulemuse tagasi.
„Näita kaardil” joonistab soovitused vaatesse Võrgustik.</translation>
    </message>
    <message>
        <source>Network: the map of who knows whom</source>
        <translation>Võrgustik: kaart sellest, kes keda tunneb</translation>
    </message>
    <message>
        <source>Drag to pan, scroll or pinch to zoom, 0 or Fit to see everything.
Click an actor to see its details, ties and suggested partners in the side panel.
Right-click an actor to focus on it, to start a warm introduction from it (Path from here…) or to end one at it (Path to here).
Warm introductions: the Introductions tab lists the warmest chains of people between two actors and whom to ask first; the chosen chain is drawn in bold on the map.
Colour by community to see the groups; actors without ties wait in the &quot;Not yet connected&quot; band under the map.
Run layout arranges the map again; Highlight fades everyone outside a group.</source>
        <translation>Lohista vaate liigutamiseks, keri või näpista suurendamiseks, 0 või „Mahuta”, et näha kõike.
Klõpsa osalejal, et näha külgpaneelil tema andmeid, sidemeid ja soovitatud partnereid.
Paremklõpsa osalejal, et temale keskenduda, alustada temalt sooja tutvustust (Tee siit…) või lõpetada see temaga (Tee siia).
Soojad tutvustused: vahekaart Tutvustused loetleb kahe osaleja vahelised soojemad inimahelad ja selle, keda esimesena paluda; valitud ahel joonistatakse kaardile paksult.
Värvi kogukonna järgi, et näha rühmi; sidemeteta osalejad ootavad kaardi all ribal „Veel ühendamata”.
„Paiguta” paigutab kaardi uuesti; „Esiletõst” tuhmistab kõik rühmast väljaspool olevad.</translation>
    </message>
    <message>
        <source>Teams: hackathon teams for an event</source>
        <translation>Meeskonnad: häkatoni meeskonnad sündmuse jaoks</translation>
    </message>
    <message>
        <source>Choose the event and the team size, then Build: every team covers the challenge&apos;s skills and mixes both countries.
Drag members between teams; lock a member to keep them where they are when you build again. Ctrl+Z undoes a move.
Export the teams as PDF or CSV.</source>
        <translation>Vali sündmus ja meeskonna suurus, seejärel „Koosta”: iga meeskond katab väljakutse oskused ja segab mõlema riigi osalejaid.
Lohista liikmeid meeskondade vahel; lukusta liige, et ta jääks uuesti koostamisel oma kohale. Ctrl+Z võtab liigutuse tagasi.
Ekspordi meeskonnad PDF- või CSV-failina.</translation>
    </message>
    <message>
        <source>Insights: the network in numbers</source>
        <translation>Ülevaade: võrgustik arvudes</translation>
    </message>
    <message>
        <source>How many new ties cross the border each year and around each event, the sectors of each country, the actors who link the two countries most (brokers), and the matches in the pipeline.
Hover over a shortened label to read it in full.</source>
        <translation>Kui palju uusi sidemeid ületab igal aastal ja iga sündmuse paiku piiri, iga riigi valdkonnad, osalejad, kes kaht riiki kõige enam ühendavad (vahendajad), ja pooleliolevad sobitused.
Hoia kursorit lühendatud sildi kohal, et seda tervikuna lugeda.</translation>
    </message>
    <message>
        <source>Brokerage: one-to-one meetings at a forum</source>
        <translation>Kohtumised: kahekesi kohtumised foorumil</translation>
    </message>
    <message>
        <source>Choose the forum. Picks lists the meetings the recommender suggests between its participants: mark each must, would or no (a no is final), or read a picks sheet.
Schedule: set the slots, tables and meetings per person, then Build schedule; the grid shows who meets where, and pairs left out say why.
Agendas: one person&apos;s day as it prints; when someone cancels, the schedule is repaired at once. Print agendas, the table plan and the venue sheet.
After the forum, record the outcomes: the recommender learns from them.</source>
        <translation>Vali foorum. Valikud loetleb kohtumised, mida soovitaja selle osalejate vahel pakub: märgi igaüks peab, kohtuks või ei („ei” on lõplik) või loe valikute tabel.
Ajakava: määra ajapilud, lauad ja kohtumised inimese kohta, seejärel „Koosta ajakava”; ruudustik näitab, kes kus kohtub, ja välja jäänud paarid ütlevad, miks.
Päevakavad: ühe inimese päev nii, nagu see prinditakse; kui keegi loobub, parandatakse ajakava kohe. Prindi päevakavad, laudade plaan ja korraldaja tabel.
Pärast foorumit salvesta tulemused: soovitaja õpib neist.</translation>
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
