<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="69" />
        <source>About Sandbox Matchmaker</source>
        <translation>Про Sandbox Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="74" />
        <source>Sandbox Matchmaker %1</source>
        <translation>Sandbox Matchmaker %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="75" />
        <source>Partners, ties and hackathon teams for the Estonia–Ukraine Digital Society Sandbox, offline.</source>
        <translation>Партнери, зв’язки та команди гакатонів для естонсько-української пісочниці цифрового суспільства, офлайн.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="80" />
        <source>This service uses the ESCO classification of the European Commission.</source>
        <translation>Цей сервіс використовує класифікацію ESCO Європейської Комісії.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="83" />
        <source>Sector codes follow NACE Rev. 2, the statistical classification of economic activities in the European Community (Eurostat).</source>
        <translation>Коди галузей відповідають NACE Rev. 2 — статистичній класифікації видів економічної діяльності в Європейському Співтоваристві (Євростат).</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="69" />
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="70" />
        <source>Native name</source>
        <translation>Назва рідною мовою</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="71" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="72" />
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="73" />
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="74" />
        <source>Sectors</source>
        <translation>Галузі</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../matchmaker/ui/directory.py" line="89" />
        <source>Search names, cities, sectors — any script (Ctrl+F)</source>
        <translation>Пошук за назвою, містом, галуззю — будь-яким письмом (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/directory.py" line="90" />
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/directory.py" line="93" />
        <location filename="../../matchmaker/ui/directory.py" line="116" />
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/directory.py" line="146" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/directory.py" line="148" />
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>показано %n з %1</numerusform>
            <numerusform>показано %n з %1</numerusform>
            <numerusform>показано %n з %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="16" />
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="17" />
        <source>Native name</source>
        <translation>Назва рідною мовою</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="18" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="19" />
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="20" />
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="21" />
        <source>Sectors</source>
        <translation>Галузі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="22" />
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="23" />
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="24" />
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="25" />
        <source>Stage</source>
        <translation>Стадія</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="26" />
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="27" />
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="28" />
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="29" />
        <source>Visibility</source>
        <translation>Видимість</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="33" />
        <source>Idea</source>
        <translation>Ідея</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="34" />
        <source>Pre-seed</source>
        <translation>Передпосівна</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="35" />
        <source>Seed</source>
        <translation>Посівна</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="36" />
        <source>Series A</source>
        <translation>Раунд A</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="37" />
        <source>Growth</source>
        <translation>Зростання</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="38" />
        <source>Mature</source>
        <translation>Зріла</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="41" />
        <source>Public</source>
        <translation>Публічний</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="42" />
        <source>Council only</source>
        <translation>Лише для ради</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/field_labels.py" line="43" />
        <source>Private</source>
        <translation>Приватний</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n actor(s) not for this audience left out.</source>
        <translation>
            <numerusform>Пропущено %n учасника, не для цієї аудиторії.</numerusform>
            <numerusform>Пропущено %n учасників, не для цієї аудиторії.</numerusform>
            <numerusform>Пропущено %n учасників, не для цієї аудиторії.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact details of %n actor(s) left out.</source>
        <translation>
            <numerusform>Контакти %n учасника пропущено.</numerusform>
            <numerusform>Контакти %n учасників пропущено.</numerusform>
            <numerusform>Контакти %n учасників пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="49" />
        <source>JSON file (*.json)</source>
        <translation>Файл JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="50" />
        <source>CSV tables in a folder</source>
        <translation>Таблиці CSV у теці</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="51" />
        <source>GEXF graph (*.gexf)</source>
        <translation>Граф GEXF (*.gexf)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="52" />
        <source>GraphML graph (*.graphml)</source>
        <translation>Граф GraphML (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="237" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Імпорт скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="244" />
        <location filename="../../matchmaker/ui/file_actions.py" line="269" />
        <source>Opening %1…</source>
        <translation>Відкриваю %1…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="252" />
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="253" />
        <source>Matchmaker database (*.sqlite)</source>
        <translation>База даних Matchmaker (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="266" />
        <source>That database is open; choose another file name.</source>
        <translation>Ця база даних відкрита; виберіть іншу назву файлу.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="277" />
        <source>Open database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="278" />
        <source>Matchmaker database (*.sqlite *.db);;All files (*)</source>
        <translation>База даних Matchmaker (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="286" />
        <source>Importing %1…</source>
        <translation>Імпортую %1…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="317" />
        <source>Import complete: %1 added, %2 updated.</source>
        <translation>Імпорт завершено: додано %1, оновлено %2.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="324" />
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="324" />
        <source>Interchange files (*.json *.csv)</source>
        <translation>Файли обміну (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="330" />
        <source>Exporting…</source>
        <translation>Експортую…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/file_actions.py" line="332" />
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Експортовано %n файл.</numerusform>
            <numerusform>Експортовано %n файли.</numerusform>
            <numerusform>Експортовано %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="338" />
        <source>Export CSV tables to folder</source>
        <translation>Експортувати таблиці CSV у теку</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="343" />
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="66" />
        <source>Share of new ties that cross the border, by year</source>
        <translation>Частка нових транскордонних зв’язків за роками</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="68" />
        <source>Cross-border share of participants' new ties, year before vs after each event</source>
        <translation>Транскордонна частка нових зв’язків учасників: рік до і після події</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="70" />
        <source>Sectors by country (actors)</source>
        <translation>Галузі за країнами (учасники)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="71" />
        <source>Top cross-border brokers</source>
        <translation>Головні транскордонні посередники</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="72" />
        <source>Matches in the pipeline, by stage</source>
        <translation>Пари за етапами</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="73" />
        <source>Who is in the network, by country</source>
        <translation>Хто в мережі, за країнами</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="75" />
        <source>Computing…</source>
        <translation>Обчислюю…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="92" />
        <source>Could not compute the charts: %1</source>
        <translation>Не вдалося обчислити діаграми: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/insights.py" line="99" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/insights.py" line="101" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="103" />
        <source>%1% of ties cross the border</source>
        <translation>%1% зв’язків перетинають кордон</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="111" />
        <source>that year</source>
        <translation>того року</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="112" />
        <source>all ties so far</source>
        <translation>усі зв’язки досі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="120" />
        <source>before (%)</source>
        <translation>до (%)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="125" />
        <source>after (%)</source>
        <translation>після (%)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="77" />
        <location filename="../../matchmaker/ui/insights.py" line="162" />
        <source>No actor links the two countries yet</source>
        <translation>Поки жоден учасник не з’єднує дві країни</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/insights.py" line="79" />
        <source>No outcomes recorded yet: record them in Matches</source>
        <translation>Результатів ще немає: позначте їх у розділі «Пари»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервні копії…</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="321" />
        <source>Sandbox Matchmaker</source>
        <translation>Sandbox Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="47" />
        <source>Directory</source>
        <translation>Довідник</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="48" />
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="49" />
        <source>Matches</source>
        <translation>Пари</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="50" />
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="51" />
        <source>Teams</source>
        <translation>Команди</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="52" />
        <source>Insights</source>
        <translation>Аналітика</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="202" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="114" />
        <source>Could not load</source>
        <translation>Не вдалося завантажити</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="121" />
        <location filename="../../matchmaker/ui/main_window.py" line="204" />
        <location filename="../../matchmaker/ui/main_window.py" line="238" />
        <location filename="../../matchmaker/ui/main_window.py" line="350" />
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="174" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="183" />
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="184" />
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="180" />
        <source>Recent databases</source>
        <translation>Нещодавні бази даних</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="185" />
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="181" />
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="186" />
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="187" />
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="175" />
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="216" />
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="218" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="188" />
        <source>&amp;Find actor</source>
        <translation>&amp;Знайти учасника</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="115" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="176" />
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="177" />
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189" />
        <source>&amp;About Sandbox Matchmaker</source>
        <translation>&amp;Про Sandbox Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="234" />
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="253" />
        <source>This view is not available in this build.</source>
        <translation>Цей розділ недоступний у цій збірці.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="319" />
        <source>read-only</source>
        <translation>лише читання</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="319" />
        <source>not saving</source>
        <translation>не зберігає</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="328" />
        <source>Opened read-only</source>
        <translation>Відкрито лише для читання</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="330" />
        <source>%1 is open read-only: %2.

You can look at everything and export it; edits and imports are off.</source>
        <translation>%1 відкрито лише для читання: %2.

Можна все переглядати й експортувати; редагування та імпорт вимкнено.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="342" />
        <source>Changes can no longer be saved</source>
        <translation>Зміни більше не можна зберегти</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/main_window.py" line="363" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/main_window.py" line="365" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="351" />
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
<message>
        <source>Snapshot for another laptop (*.json)…</source>
        <translation>Знімок для іншого ноутбука (*.json)…</translation>
    </message>
    <message>
        <source>&amp;Merge snapshot…</source>
        <translation>&amp;Об’єднати знімок…</translation>
    </message>
    <message>
        <source>Network &amp;briefing…</source>
        <translation>&amp;Огляд мережі…</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="41" />
        <source>Contacted</source>
        <translation>Зв’язалися</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="42" />
        <source>Met</source>
        <translation>Зустрілися</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="43" />
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="44" />
        <source>Declined</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="47" />
        <source>strong</source>
        <translation>сильна</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="48" />
        <source>good</source>
        <translation>добра</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="49" />
        <source>possible</source>
        <translation>можлива</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="52" />
        <source>Two-way fit</source>
        <translation>Взаємна відповідність</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="53" />
        <source>Skills matched</source>
        <translation>Збіг навичок</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="54" />
        <source>Partners in common</source>
        <translation>Спільні партнери</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="55" />
        <source>Similar descriptions</source>
        <translation>Схожі описи</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="56" />
        <source>Warm introduction</source>
        <translation>Тепле знайомство</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="57" />
        <source>Met at the same events</source>
        <translation>На тих самих подіях</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="58" />
        <source>Well connected</source>
        <translation>Добре пов’язаний</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="59" />
        <source>Recently active</source>
        <translation>Нещодавно активний</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="60" />
        <source>Same sector</source>
        <translation>Та сама галузь</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="61" />
        <source>Stage fits</source>
        <translation>Відповідна стадія</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="62" />
        <source>Kinds that often partner</source>
        <translation>Типи, що часто співпрацюють</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="63" />
        <source>Across the border</source>
        <translation>Через кордон</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="64" />
        <source>Popular with partners</source>
        <translation>Популярний серед партнерів</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="79" />
        <source>Suggested</source>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="219" />
        <source>Include my own country</source>
        <translation>Включити мою країну</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="220" />
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="223" />
        <source>What the ranking weighs</source>
        <translation>Що враховує рейтинг</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="246" />
        <source>Matches</source>
        <translation>Пари</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="257" />
        <source>Select an actor to see partners who need what it offers and offer what it needs.</source>
        <translation>Виберіть учасника, щоб побачити партнерів, яким потрібне те, що він пропонує, і які пропонують те, що йому потрібно.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="246" />
        <source>Partners for %1</source>
        <translation>Партнери для %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="262" />
        <source>Ranking partners…</source>
        <translation>Ранжую партнерів…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/matches.py" line="230" />
        <location filename="../../matchmaker/ui/matches.py" line="285" />
        <source>%n suggestion(s), best first</source>
        <translation>
            <numerusform>%n пропозиція, найкращі спершу</numerusform>
            <numerusform>%n пропозиції, найкращі спершу</numerusform>
            <numerusform>%n пропозицій, найкращі спершу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="289" />
        <source>Could not rank partners: %1</source>
        <translation>Не вдалося ранжувати партнерів: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/matches.py" line="333" />
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Навчено на %n записаному результаті та партнерствах.</numerusform>
            <numerusform>Навчено на %n записаних результатах та партнерствах.</numerusform>
            <numerusform>Навчено на %n записаних результатах та партнерствах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/matches.py" line="338" />
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Типові ваги: замало результатів для навчання (поки %n).</numerusform>
            <numerusform>Типові ваги: замало результатів для навчання (поки %n).</numerusform>
            <numerusform>Типові ваги: замало результатів для навчання (поки %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="354" />
        <source>Saving…</source>
        <translation>Зберігаю…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/outcome_command.py" line="51" />
        <source>Record %1: %2</source>
        <translation>Результат %1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="222" />
        <source>Loading the network…</source>
        <translation>Завантажую мережу…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="172" />
        <location filename="../../matchmaker/ui/network_view.py" line="181" />
        <location filename="../../matchmaker/ui/network_view.py" line="345" />
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="172" />
        <location filename="../../matchmaker/ui/network_view.py" line="185" />
        <location filename="../../matchmaker/ui/network_view.py" line="337" />
        <source>Community</source>
        <translation>Спільнота</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="172" />
        <location filename="../../matchmaker/ui/network_view.py" line="182" />
        <location filename="../../matchmaker/ui/network_view.py" line="323" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="192" />
        <source>Colour actors by</source>
        <translation>Колір учасників за</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="174" />
        <source>Degree</source>
        <translation>Ступінь</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="175" />
        <source>Betweenness</source>
        <translation>Посередництво</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="176" />
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="177" />
        <source>Same size</source>
        <translation>Однаковий розмір</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="193" />
        <source>Size actors by</source>
        <translation>Розмір учасників за</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="180" />
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="183" />
        <source>Sector</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="184" />
        <source>Tie kind</source>
        <translation>Тип зв’язку</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="186" />
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="194" />
        <source>Highlight only some actors</source>
        <translation>Виділити лише деяких учасників</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="195" />
        <source>Which ones</source>
        <translation>Яких</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="200" />
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="201" />
        <source>Show only the selected actor's neighbourhood</source>
        <translation>Показати лише оточення вибраного учасника</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="202" />
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="203" />
        <source>Show the whole network (0)</source>
        <translation>Показати всю мережу (0)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="216" />
        <source>Run layout</source>
        <translation>Розташувати</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="217" />
        <source>Arrange the network by its ties</source>
        <translation>Розташувати мережу за зв’язками</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="197" />
        <source>Colour:</source>
        <translation>Колір:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="197" />
        <source>Size:</source>
        <translation>Розмір:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="197" />
        <source>Highlight:</source>
        <translation>Виділення:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/network_view.py" line="225" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/network_view.py" line="227" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="303" />
        <source>Could not finish: %1</source>
        <translation>Не вдалося завершити: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="326" />
        <source>Finding communities…</source>
        <translation>Шукаю спільноти…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="213" />
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/network_view.py" line="214" />
        <source>Stop the layout and keep the positions reached</source>
        <translation>Зупинити розташування й залишити досягнуті позиції</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="92" />
        <source>Edit %1</source>
        <translation>Змінити: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="107" />
        <source>Remove %1</source>
        <translation>Вилучити %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="109" />
        <source>Add %1</source>
        <translation>Додати %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_commands.py" line="111" />
        <source>Change %1</source>
        <translation>Змінити %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Privacy</source>
        <translation>Приватність</translation>
    </message>
    <message>
        <source>The saved version was kept.</source>
        <translation>Збережену версію залишено.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="132" />
        <source>Select an actor in the directory or on the map.</source>
        <translation>Виберіть учасника в довіднику або на мапі.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_form.py" line="82" />
        <source>comma-separated</source>
        <extracomment>Fields that may hold more than this many characters get a multi-line editor. Shown first (a profile starts with who it is); the others follow in declaration order.</extracomment>
        <translation>через кому</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_form.py" line="85" />
        <source>What the actor does, in its own words</source>
        <translation>Чим займається учасник, його словами</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="133" />
        <source>Details</source>
        <translation>Дані</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="136" />
        <source>Offers</source>
        <translation>Пропонує</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="137" />
        <source>Needs</source>
        <translation>Потребує</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="134" />
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="135" />
        <source>Ties, events and community</source>
        <translation>Зв’язки, події та спільнота</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/profile.py" line="230" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/profile.py" line="238" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="245" />
        <source>Community: %1</source>
        <translation>Спільнота: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile.py" line="253" />
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
<message>
        <source>Briefing…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>A printable PDF brief on this actor: profile, ties, suggestions</source>
        <translation>PDF-огляд цього учасника для друку: профіль, зв’язки, рекомендації</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="136" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_actions.py" line="165" />
        <source>Cancelling…</source>
        <translation>Скасовую…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../matchmaker/ui/file_dialogs.py" line="55" />
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_dialogs.py" line="57" />
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/file_dialogs.py" line="60" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="19" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="25" />
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="26" />
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="27" />
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="31" />
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="35" />
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="51" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="52" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="53" />
        <source>Directory shows kind</source>
        <translation>Довідник показує тип</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/settings_dialog.py" line="54" />
        <source>Directory shows country</source>
        <translation>Довідник показує країну</translation>
    </message>
</context>
<context>
    <name>SkillChip</name>
    <message>
        <location filename="../../matchmaker/ui/profile_chips.py" line="101" />
        <location filename="../../matchmaker/ui/profile_chips.py" line="102" />
        <source>Remove %1</source>
        <translation>Вилучити %1</translation>
    </message>
</context>
<context>
    <name>SkillChipBox</name>
    <message>
        <location filename="../../matchmaker/ui/profile_chips.py" line="158" />
        <source>Add a skill (English, eesti, українська)…</source>
        <translation>Додати навичку (English, eesti, українська)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/profile_chips.py" line="159" />
        <source>none yet</source>
        <translation>поки немає</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="120" />
        <source>Outcome: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="134" />
        <source>Warm introduction: %1</source>
        <translation>Тепле знайомство: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="152" />
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/matches.py" line="154" />
        <source>Show on map</source>
        <translation>Показати на мапі</translation>
    </message>
</context>
<context>
    <name>TeamColumn</name>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="63" />
        <source>Drag a member to another team; tick to lock them to this team</source>
        <translation>Перетягніть учасника до іншої команди; позначте, щоб закріпити його за цією командою</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="156" />
        <source>Mix strangers</source>
        <translation>Змішувати незнайомих</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="157" />
        <source>Use ties</source>
        <translation>Використовувати зв’язки</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="158" />
        <source>Build</source>
        <translation>Сформувати</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="159" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="160" />
        <source>Challenges…</source>
        <translation>Виклики…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="161" />
        <source>Export CSV</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="100" />
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="162" />
        <source>Export PDF</source>
        <translation>Експорт PDF</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="104" />
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="163" />
        <source>Save teams</source>
        <translation>Зберегти команди</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Team size from</source>
        <translation>Розмір команди від</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Ties</source>
        <translation>Зв’язки</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="152" />
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="205" />
        <source>No events in this network.</source>
        <translation>У цій мережі немає подій.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="223" />
        <source>Loading participants…</source>
        <translation>Завантажую учасників…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/teams_view.py" line="243" />
        <source>%n participants</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="266" />
        <source>Building teams…</source>
        <translation>Формую команди…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/teams_view.py" line="290" />
        <source>%n teams built</source>
        <translation>
            <numerusform>сформовано %n команду</numerusform>
            <numerusform>сформовано %n команди</numerusform>
            <numerusform>сформовано %n команд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="300" />
        <source>Cancelled; the teams were not changed.</source>
        <translation>Скасовано; команди не змінено.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="306" />
        <source>Failed: %1</source>
        <translation>Помилка: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="84" />
        <source>Score %1</source>
        <translation>Оцінка %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="86" />
        <source>Covers: %1</source>
        <translation>Покриває: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_card.py" line="87" />
        <location filename="../../matchmaker/ui/team_print.py" line="44" />
        <source>Lacks: %1</source>
        <translation>Бракує: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="331" />
        <source>Unmet: %1</source>
        <translation>Не виконано: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="369" />
        <source>Challenges file</source>
        <translation>Файл викликів</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="369" />
        <source>Challenges (*.json *.csv)</source>
        <translation>Виклики (*.json *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../matchmaker/ui/teams_view.py" line="383" />
        <source>%n challenges loaded</source>
        <translation>
            <numerusform>завантажено %n виклик</numerusform>
            <numerusform>завантажено %n виклики</numerusform>
            <numerusform>завантажено %n викликів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="400" />
        <source>Export teams</source>
        <translation>Експорт команд</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="407" />
        <location filename="../../matchmaker/ui/teams_view.py" line="418" />
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/teams_view.py" line="446" />
        <source>Teams saved.</source>
        <translation>Команди збережено.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_commands.py" line="35" />
        <source>Move %1 to %2</source>
        <translation>Перемістити %1 до %2</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_commands.py" line="54" />
        <source>Lock %1</source>
        <translation>Закріпити %1</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_commands.py" line="56" />
        <source>Unlock %1</source>
        <translation>Відкріпити %1</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="24" />
        <source>Startup</source>
        <translation>Стартап</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="25" />
        <source>IT company</source>
        <translation>ІТ-компанія</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="26" />
        <source>Public body</source>
        <translation>Державний орган</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="27" />
        <source>Investor</source>
        <translation>Інвестор</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="28" />
        <source>University</source>
        <translation>Університет</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="29" />
        <source>NGO</source>
        <translation>ГО</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="30" />
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="35" />
        <source>works at</source>
        <translation>працює в</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="36" />
        <source>member of</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="37" />
        <source>advises</source>
        <translation>консультує</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="38" />
        <source>partner</source>
        <translation>партнер</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="39" />
        <source>invested in</source>
        <translation>інвестував у</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="40" />
        <source>mentored</source>
        <translation>наставництво</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="41" />
        <source>co-founded</source>
        <translation>співзасновник</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="42" />
        <source>knows</source>
        <translation>знайомі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="45" />
        <source>participant</source>
        <translation>учасник</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="46" />
        <source>organiser</source>
        <translation>організатор</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="47" />
        <source>speaker</source>
        <translation>доповідач</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="48" />
        <source>mentor</source>
        <translation>ментор</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="49" />
        <source>jury</source>
        <translation>журі</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/actor_table_model.py" line="50" />
        <source>sponsor</source>
        <translation>спонсор</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../matchmaker/ui/insights_charts.py" line="35" />
        <source>No data yet</source>
        <translation>Даних ще немає</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda of</source>
        <translation>Розклад для</translation>
    </message>
    <message>
        <source>Present in slots</source>
        <translation>Присутність у слотах</translation>
    </message>
    <message>
        <source>all (e.g. 1-4, 7; none)</source>
        <translation>усі (напр. 1-4, 7; none)</translation>
    </message>
    <message>
        <source>Set presence</source>
        <translation>Зберегти присутність</translation>
    </message>
    <message>
        <source>Cancelled from slot</source>
        <translation>Скасував з слоту</translation>
    </message>
    <message>
        <source>Absent from this slot on: the schedule is repaired at once, other meetings stay put</source>
        <translation>Відсутній починаючи з цього слоту: розклад одразу виправляється, інші зустрічі лишаються на місці</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Стіл</translation>
    </message>
    <message>
        <source>With</source>
        <translation>З ким</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n зустріч</numerusform>
            <numerusform>%n зустрічі</numerusform>
            <numerusform>%n зустрічей</numerusform>
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
        <translation>обов’язково зустрітися</translation>
    </message>
    <message>
        <source>would meet</source>
        <translation>охоче зустрівся б</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>met</source>
        <translation>зустрілися</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>домовленість</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>без продовження</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>не прийшов</translation>
    </message>
</context>
<context>
    <name>BrokerageView</name>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Програми</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Whom each participant could meet, from the recommender, among this event's participants. Mark each must meet, would meet or no; a no is final: the pair is never scheduled.</source>
        <translation>З ким кожен учасник міг би зустрітися — за рекомендаціями, серед учасників цієї події. Позначте: обов’язково, охоче або ні; «ні» остаточне: пару ніколи не буде заплановано.</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Фільтр за назвою…</translation>
    </message>
    <message>
        <source>Suggestions each</source>
        <translation>Пропозицій кожному</translation>
    </message>
    <message>
        <source>Read picks sheet…</source>
        <translation>Прочитати таблицю виборів…</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Не виконано: %1</translation>
    </message>
    <message>
        <source>No events in this network.</source>
        <translation>У цій мережі немає подій.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Завантаження учасників…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s)</source>
        <translation>
            <numerusform>%n вибір</numerusform>
            <numerusform>%n вибори</numerusform>
            <numerusform>%n виборів</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the schedule…</source>
        <translation>Складання розкладу…</translation>
    </message>
    <message>
        <source>Cancelling… (the exact search finishes its current step)</source>
        <translation>Скасування… (точний пошук завершує поточний крок)</translation>
    </message>
    <message>
        <source>Cancelled; the saved schedule was not changed.</source>
        <translation>Скасовано; збережений розклад не змінено.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Selected meetings:</source>
        <translation>Вибрані зустрічі:</translation>
    </message>
    <message>
        <source>Read venue sheet…</source>
        <translation>Прочитати таблицю майданчика…</translation>
    </message>
    <message>
        <source>Record outcomes</source>
        <translation>Записати результати</translation>
    </message>
    <message>
        <source>After the forum: what came of each meeting. Met and agreement teach the recommender that the pair was worth suggesting; no follow-up that it was not.</source>
        <translation>Після форуму: що дала кожна зустріч. «Зустрілися» і «домовленість» вчать рекомендації, що пару варто було пропонувати; «без продовження» — що ні.</translation>
    </message>
</context>
<context>
    <name>PicksModel</name>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Could meet</source>
        <translation>Міг би зустрітися</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Чому запропоновано</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>never: they said no</source>
        <translation>ніколи: інша сторона сказала «ні»</translation>
    </message>
    <message>
        <source>never: a no is final</source>
        <translation>ніколи: «ні» остаточне</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <source>Table %1</source>
        <translation>Стіл %1</translation>
    </message>
</context>
<context>
    <name>UnscheduledTable</name>
    <message>
        <source>Asked</source>
        <translation>Хто просив</translation>
    </message>
    <message>
        <source>To meet</source>
        <translation>З ким</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запит</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Чому ні</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Перед</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Створити копію зараз</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Відновити…</translation>
    </message>
    <message>
        <source>No backups yet: one is taken before every import, reset and forget.</source>
        <translation>Резервних копій ще немає: копія створюється перед кожним імпортом, скиданням і забуванням.</translation>
    </message>
    <message>
        <source>Backup %1 taken.</source>
        <translation>Копію %1 створено.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
    <message>
        <source>Replace the whole network with the backup taken %1 (before %2, %3 actors)? Everything changed since is replaced; the current state is backed up first.</source>
        <translation>Замінити всю мережу копією від %1 (перед: %2, учасників: %3)? Усе змінене відтоді буде замінено; поточний стан спершу буде збережено в копію.</translation>
    </message>
    <message>
        <source>Backup restored; the state before it was backed up too.</source>
        <translation>Копію відновлено; попередній стан теж збережено в копію.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Someone else saved this actor</source>
        <translation>Хтось інший зберіг цього учасника</translation>
    </message>
    <message>
        <source>%1 was saved by someone else after you opened it (version %2; you started from version %3). Your change was not saved. Compare both versions and choose.</source>
        <translation>%1 зберіг хтось інший після того, як ви відкрили (версія %2; ви почали з версії %3). Вашу зміну не збережено. Порівняйте обидві версії та виберіть.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережене</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Залишити моє</translation>
    </message>
    <message>
        <source>Take the saved one</source>
        <translation>Взяти збережене</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export for whom?</source>
        <translation>Експорт для кого?</translation>
    </message>
    <message>
        <source>Who will read this file? Actors they may not see are left out, with their ties.</source>
        <translation>Хто читатиме цей файл? Учасників, яких їм не можна бачити, пропущено разом із їхніми зв’язками.</translation>
    </message>
    <message>
        <source>Anyone: public actors only</source>
        <translation>Будь-хто: лише публічні учасники</translation>
    </message>
    <message>
        <source>The Sandbox council: public and council-only actors</source>
        <translation>Рада Sandbox: публічні учасники й ті, що лише для ради</translation>
    </message>
    <message>
        <source>Everything, private actors too (a backup for yourself)</source>
        <translation>Усе, зокрема приватні учасники (копія для себе)</translation>
    </message>
    <message>
        <source>Include contact details (e-mail addresses, personal web pages)</source>
        <translation>Додати контакти (адреси e-mail, особисті вебсторінки)</translation>
    </message>
    <message>
        <source>This file will hold personal data: keep it safe and share it with no one else.</source>
        <translation>Цей файл міститиме персональні дані: зберігайте його надійно й нікому не передавайте.</translation>
    </message>
</context>
<context>
    <name>PersonRightsMenu</name>
    <message>
        <source>Export everything about this person…</source>
        <translation>Експортувати все про цю особу…</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Забути цю особу…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не виконано</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Експортувати все про: %1</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Файл JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Експортовано</translation>
    </message>
    <message>
        <source>Everything kept about %1 is in %2.</source>
        <translation>Усе, що збережено про %1, — у файлі %2.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>більше нічого</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Забути цю особу</translation>
    </message>
    <message>
        <source>Erase %1 (%2) and every record about them: %3?</source>
        <translation>Стерти %1 (%2) і всі записи про цю особу: %3?</translation>
    </message>
    <message>
        <source>The bytes are overwritten in the database file. A backup is taken first and still holds them (File ▸ Backups…) until it is rotated away.</source>
        <translation>Байти перезаписуються у файлі бази даних. Спершу створюється резервна копія, яка ще містить їх (Файл ▸ Резервні копії…), доки її не буде замінено новішими.</translation>
    </message>
    <message>
        <source>Erased %1: %2.</source>
        <translation>Стерто %1: %2.</translation>
    </message>
    <message>
        <source>The backup taken just before (%1) still holds them.</source>
        <translation>Копія, створена безпосередньо перед цим (%1), ще містить їх.</translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation>Забуто</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <source>Private: kept in this database only, never exported or suggested</source>
        <translation>Приватний: лише в цій базі даних, ніколи не експортується й не пропонується</translation>
    </message>
    <message>
        <source>Council only: exported and suggested to council members only</source>
        <translation>Лише для ради: експортується й пропонується лише членам ради</translation>
    </message>
</context>
<context>
    <name>ForumWrites</name>
    <message>
        <source>Spreadsheets %1</source>
        <translation>Таблиці %1</translation>
    </message>
    <message>
        <source>Saved: %1 about %2.</source>
        <translation>Збережено: %1 про %2.</translation>
    </message>
    <message>
        <source>A no is final</source>
        <translation>«Ні» остаточне</translation>
    </message>
    <message>
        <source>%1 will never be scheduled to meet %2, and this pick cannot be changed here again.</source>
        <translation>%1 ніколи не матиме зустрічі з %2, і цей вибір тут більше не можна змінити.</translation>
    </message>
    <message>
        <source>Picks sheet</source>
        <translation>Таблиця виборів</translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s) read.</source>
        <translation>
            <numerusform>Прочитано %n вибір.</numerusform>
            <numerusform>Прочитано %n вибори.</numerusform>
            <numerusform>Прочитано %n виборів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Presence sheet</source>
        <translation>Таблиця присутності</translation>
    </message>
    <message numerus="yes">
        <source>Presence of %n participant(s) read.</source>
        <translation>
            <numerusform>Прочитано присутність %n учасника.</numerusform>
            <numerusform>Прочитано присутність %n учасників.</numerusform>
            <numerusform>Прочитано присутність %n учасників.</numerusform>
        </translation>
    </message>
    <message>
        <source>Presence of %1 saved.</source>
        <translation>Присутність: %1 — збережено.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule saved: %n meeting(s).</source>
        <translation>
            <numerusform>Розклад збережено: %n зустріч.</numerusform>
            <numerusform>Розклад збережено: %n зустрічі.</numerusform>
            <numerusform>Розклад збережено: %n зустрічей.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled from slot %2: </source>
        <translation>%1 скасував участь зі слоту %2: </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) dropped, </source>
        <translation>
            <numerusform>%n зустріч скасовано, </numerusform>
            <numerusform>%n зустрічі скасовано, </numerusform>
            <numerusform>%n зустрічей скасовано, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added; every other meeting stays where it was.</source>
        <translation>
            <numerusform>%n додано; усі інші зустрічі лишаються на місці.</numerusform>
            <numerusform>%n додано; усі інші зустрічі лишаються на місці.</numerusform>
            <numerusform>%n додано; усі інші зустрічі лишаються на місці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Venue sheet with outcomes</source>
        <translation>Таблиця майданчика з результатами</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) read; press Record outcomes to keep them.</source>
        <translation>
            <numerusform>Прочитано %n результат; натисніть «Записати результати».</numerusform>
            <numerusform>Прочитано %n результати; натисніть «Записати результати».</numerusform>
            <numerusform>Прочитано %n результатів; натисніть «Записати результати».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) recorded; the recommender learns from them.</source>
        <translation>
            <numerusform>Записано %n результат; рекомендації вчаться на них.</numerusform>
            <numerusform>Записано %n результати; рекомендації вчаться на них.</numerusform>
            <numerusform>Записано %n результатів; рекомендації вчаться на них.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Slots</source>
        <translation>Слоти</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Столи</translation>
    </message>
    <message>
        <source>Most per person</source>
        <translation>Найбільше на особу</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилин</translation>
    </message>
    <message>
        <source>Search seconds</source>
        <translation>Секунд на пошук</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>без обмеження</translation>
    </message>
    <message>
        <source>09:30</source>
        <translation>09:30</translation>
    </message>
    <message>
        <source>Read presence sheet…</source>
        <translation>Прочитати таблицю присутності…</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Скласти розклад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Agendas PDF…</source>
        <translation>Програми PDF…</translation>
    </message>
    <message>
        <source>Table plan PDF…</source>
        <translation>План столів PDF…</translation>
    </message>
    <message>
        <source>Venue sheet…</source>
        <translation>Таблиця для майданчика…</translation>
    </message>
    <message>
        <source>Requested but not scheduled</source>
        <translation>Запитано, але не заплановано</translation>
    </message>
    <message>
        <source>No schedule yet.</source>
        <translation>Розкладу ще немає.</translation>
    </message>
    <message>
        <source>exact search</source>
        <translation>точний пошук</translation>
    </message>
    <message>
        <source>fast heuristic</source>
        <translation>швидка евристика</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>виправлено</translation>
    </message>
    <message>
        <source>first come</source>
        <translation>у порядку надходження</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), value %1</source>
        <translation>
            <numerusform>%n зустріч, цінність %1</numerusform>
            <numerusform>%n зустрічі, цінність %1</numerusform>
            <numerusform>%n зустрічей, цінність %1</numerusform>
        </translation>
    </message>
    <message>
        <source> of at most %1</source>
        <translation> з не більше ніж %1</translation>
    </message>
    <message>
        <source> — optimal</source>
        <translation> — оптимально</translation>
    </message>
    <message>
        <source> — gap %1%</source>
        <translation> — розрив %1%</translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation>, %1 с</translation>
    </message>
</context>
<context><name>MergeConflictsDialog</name><message>
        <source>Merge snapshot: fields changed on both sides</source>
        <translation>Об’єднання знімка: поля, змінені з обох боків</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Тут</translation>
    </message>
    <message>
        <source>In the snapshot</source>
        <translation>У знімку</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Знімок</translation>
    </message>
    <message>
        <source>Keep all here</source>
        <translation>Залишити всі тутешні</translation>
    </message>
    <message>
        <source>Take all from the snapshot</source>
        <translation>Узяти всі зі знімка</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
</context><context><name>SnapshotActions</name><message>
        <source>Export snapshot</source>
        <translation>Експорт знімка</translation>
    </message>
    <message>
        <source>Snapshot (*.json)</source>
        <translation>Знімок (*.json)</translation>
    </message>
    <message>
        <source>Exporting snapshot…</source>
        <translation>Експорт знімка…</translation>
    </message>
    <message>
        <source>Snapshot written: %1 actors, %2 ties (public records, no contacts).</source>
        <translation>Знімок записано: %1 учасників, %2 зв’язків (публічні записи, без контактів).</translation>
    </message>
    <message>
        <source>Merge snapshot</source>
        <translation>Об’єднати знімок</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Об’єднання %1…</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 changed, %3 deleted, %4 conflicts decided.</source>
        <translation>Об’єднано: додано %1, змінено %2, видалено %3, вирішено конфліктів: %4.</translation>
    </message>
</context><context><name>BriefingOptions</name><message>
        <source>Briefing</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>A brief leaves the app: choose what it may show.</source>
        <translation>Огляд залишає застосунок: виберіть, що він може показувати.</translation>
    </message>
    <message>
        <source>Include council-only actors</source>
        <translation>Додати учасників, видимих лише раді</translation>
    </message>
    <message>
        <source>Include contact details (e-mail)</source>
        <translation>Додати контакти (ел. пошта)</translation>
    </message>
</context><context><name>BriefingActions</name><message>
        <source>Save briefing</source>
        <translation>Зберегти огляд</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>Підготовка огляду…</translation>
    </message>
    <message>
        <source>Briefing saved: %1</source>
        <translation>Огляд збережено: %1</translation>
    </message>
</context></TS>