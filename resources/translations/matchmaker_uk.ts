<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Sandbox Matchmaker</source>
        <translation>Про Sandbox Matchmaker</translation>
    </message>
    <message>
        <source>Sandbox Matchmaker %1</source>
        <translation>Sandbox Matchmaker %1</translation>
    </message>
    <message>
        <source>Partners, ties and hackathon teams for the Estonia–Ukraine Digital Society Sandbox, offline.</source>
        <translation>Партнери, зв’язки та команди гакатонів для естонсько-української пісочниці цифрового суспільства, офлайн.</translation>
    </message>
    <message>
        <source>This service uses the ESCO classification of the European Commission.</source>
        <translation>Цей сервіс використовує класифікацію ESCO Європейської Комісії.</translation>
    </message>
    <message>
        <source>Sector codes follow NACE Rev. 2, the statistical classification of economic activities in the European Community (Eurostat).</source>
        <translation>Коди галузей відповідають NACE Rev. 2 — статистичній класифікації видів економічної діяльності в Європейському Співтоваристві (Євростат).</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Назва рідною мовою</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Галузі</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search names, cities, sectors — any script (Ctrl+F)</source>
        <translation>Пошук за назвою, містом, галуззю — будь-яким письмом (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Назва рідною мовою</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Галузі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадія</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимість</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ідея</translation>
    </message>
    <message>
        <source>Pre-seed</source>
        <translation>Передпосівна</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Посівна</translation>
    </message>
    <message>
        <source>Series A</source>
        <translation>Раунд A</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Зростання</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Зріла</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Публічний</translation>
    </message>
    <message>
        <source>Council only</source>
        <translation>Лише для ради</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Приватний</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Файл JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV tables in a folder</source>
        <translation>Таблиці CSV у теці</translation>
    </message>
    <message>
        <source>GEXF graph (*.gexf)</source>
        <translation>Граф GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>GraphML graph (*.graphml)</source>
        <translation>Граф GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Імпорт скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкриваю %1…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Matchmaker database (*.sqlite)</source>
        <translation>База даних Matchmaker (*.sqlite)</translation>
    </message>
    <message>
        <source>That database is open; choose another file name.</source>
        <translation>Ця база даних відкрита; виберіть іншу назву файлу.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>Matchmaker database (*.sqlite *.db);;All files (*)</source>
        <translation>База даних Matchmaker (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпортую %1…</translation>
    </message>
    <message>
        <source>Import complete: %1 added, %2 updated.</source>
        <translation>Імпорт завершено: додано %1, оновлено %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Interchange files (*.json *.csv)</source>
        <translation>Файли обміну (*.json *.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортую…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Експортовано %n файл.</numerusform>
            <numerusform>Експортовано %n файли.</numerusform>
            <numerusform>Експортовано %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV tables to folder</source>
        <translation>Експортувати таблиці CSV у теку</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Share of new ties that cross the border, by year</source>
        <translation>Частка нових транскордонних зв’язків за роками</translation>
    </message>
    <message>
        <source>Cross-border share of participants&apos; new ties, year before vs after each event</source>
        <translation>Транскордонна частка нових зв’язків учасників: рік до і після події</translation>
    </message>
    <message>
        <source>Sectors by country (actors)</source>
        <translation>Галузі за країнами (учасники)</translation>
    </message>
    <message>
        <source>Top cross-border brokers</source>
        <translation>Головні транскордонні посередники</translation>
    </message>
    <message>
        <source>Matches in the pipeline, by stage</source>
        <translation>Пари за етапами</translation>
    </message>
    <message>
        <source>Who is in the network, by country</source>
        <translation>Хто в мережі, за країнами</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Обчислюю…</translation>
    </message>
    <message>
        <source>Could not compute the charts: %1</source>
        <translation>Не вдалося обчислити діаграми: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of ties cross the border</source>
        <translation>%1% зв’язків перетинають кордон</translation>
    </message>
    <message>
        <source>that year</source>
        <translation>того року</translation>
    </message>
    <message>
        <source>all ties so far</source>
        <translation>усі зв’язки досі</translation>
    </message>
    <message>
        <source>before (%)</source>
        <translation>до (%)</translation>
    </message>
    <message>
        <source>after (%)</source>
        <translation>після (%)</translation>
    </message>
    <message>
        <source>No actor links the two countries yet</source>
        <translation>Поки жоден учасник не з’єднує дві країни</translation>
    </message>
    <message>
        <source>No outcomes recorded yet: record them in Matches</source>
        <translation>Результатів ще немає: позначте їх у розділі «Пари»</translation>
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
        <translation>Довідник</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Пари</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команди</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Аналітика</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Не вдалося завантажити</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Нещодавні бази даних</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Find actor</source>
        <translation>&amp;Знайти учасника</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Sandbox Matchmaker</source>
        <translation>&amp;Про Sandbox Matchmaker</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>This view is not available in this build.</source>
        <translation>Цей розділ недоступний у цій збірці.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>лише читання</translation>
    </message>
    <message>
        <source>not saving</source>
        <translation>не зберігає</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Відкрито лише для читання</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2.

You can look at everything and export it; edits and imports are off.</source>
        <translation>%1 відкрито лише для читання: %2.

Можна все переглядати й експортувати; редагування та імпорт вимкнено.</translation>
    </message>
    <message>
        <source>Changes can no longer be saved</source>
        <translation>Зміни більше не можна зберегти</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Contacted</source>
        <translation>Зв’язалися</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Зустрілися</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>сильна</translation>
    </message>
    <message>
        <source>good</source>
        <translation>добра</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>можлива</translation>
    </message>
    <message>
        <source>Two-way fit</source>
        <translation>Взаємна відповідність</translation>
    </message>
    <message>
        <source>Skills matched</source>
        <translation>Збіг навичок</translation>
    </message>
    <message>
        <source>Partners in common</source>
        <translation>Спільні партнери</translation>
    </message>
    <message>
        <source>Similar descriptions</source>
        <translation>Схожі описи</translation>
    </message>
    <message>
        <source>Warm introduction</source>
        <translation>Тепле знайомство</translation>
    </message>
    <message>
        <source>Met at the same events</source>
        <translation>На тих самих подіях</translation>
    </message>
    <message>
        <source>Well connected</source>
        <translation>Добре пов’язаний</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Нещодавно активний</translation>
    </message>
    <message>
        <source>Same sector</source>
        <translation>Та сама галузь</translation>
    </message>
    <message>
        <source>Stage fits</source>
        <translation>Відповідна стадія</translation>
    </message>
    <message>
        <source>Kinds that often partner</source>
        <translation>Типи, що часто співпрацюють</translation>
    </message>
    <message>
        <source>Across the border</source>
        <translation>Через кордон</translation>
    </message>
    <message>
        <source>Popular with partners</source>
        <translation>Популярний серед партнерів</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Нещодавня активність</translation>
    </message>
    <message>
        <source>Activity × experience</source>
        <translation>Активність × досвід</translation>
    </message>
    <message>
        <source>Recent partners in common</source>
        <translation>Нещодавні спільні партнери</translation>
    </message>
    <message>
        <source>Rare partners in common</source>
        <translation>Рідкісні спільні партнери</translation>
    </message>
    <message>
        <source>Reached through the network</source>
        <translation>Досяжні через мережу</translation>
    </message>
    <message>
        <source>Profile fit</source>
        <translation>Відповідність профілю</translation>
    </message>
    <message>
        <source>Like your past partners</source>
        <translation>Схожі на ваших партнерів</translation>
    </message>
    <message>
        <source>Countries that often tie up</source>
        <translation>Країни, що часто співпрацюють</translation>
    </message>
    <message>
        <source>Same country</source>
        <translation>Та сама країна</translation>
    </message>
    <message>
        <source>Ties to your country</source>
        <translation>Зв’язки з вашою країною</translation>
    </message>
    <message>
        <source>Your ties to their country</source>
        <translation>Ваші зв’язки з їхньою країною</translation>
    </message>
    <message>
        <source>Works with your kind</source>
        <translation>Співпраця з вашим типом</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <source>Include my own country</source>
        <translation>Включити мою країну</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>What the ranking weighs</source>
        <translation>Що враховує рейтинг</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Пари</translation>
    </message>
    <message>
        <source>Select an actor to see partners who need what it offers and offer what it needs.</source>
        <translation>Виберіть учасника, щоб побачити партнерів, яким потрібне те, що він пропонує, і які пропонують те, що йому потрібно.</translation>
    </message>
    <message>
        <source>Partners for %1</source>
        <translation>Партнери для %1</translation>
    </message>
    <message>
        <source>Ranking partners…</source>
        <translation>Ранжую партнерів…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), best first</source>
        <translation>
            <numerusform>%n пропозиція, найкращі спершу</numerusform>
            <numerusform>%n пропозиції, найкращі спершу</numerusform>
            <numerusform>%n пропозицій, найкращі спершу</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rank partners: %1</source>
        <translation>Не вдалося ранжувати партнерів: %1</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Навчено на %n записаному результаті та партнерствах.</numerusform>
            <numerusform>Навчено на %n записаних результатах та партнерствах.</numerusform>
            <numerusform>Навчено на %n записаних результатах та партнерствах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Типові ваги: замало результатів для навчання (поки %n).</numerusform>
            <numerusform>Типові ваги: замало результатів для навчання (поки %n).</numerusform>
            <numerusform>Типові ваги: замало результатів для навчання (поки %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Зберігаю…</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Результат %1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Loading the network…</source>
        <translation>Завантажую мережу…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Спільнота</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Colour actors by</source>
        <translation>Колір учасників за</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Ступінь</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Посередництво</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>Однаковий розмір</translation>
    </message>
    <message>
        <source>Size actors by</source>
        <translation>Розмір учасників за</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Tie kind</source>
        <translation>Тип зв’язку</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Highlight only some actors</source>
        <translation>Виділити лише деяких учасників</translation>
    </message>
    <message>
        <source>Which ones</source>
        <translation>Яких</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <source>Show only the selected actor&apos;s neighbourhood</source>
        <translation>Показати лише оточення вибраного учасника</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>Show the whole network (0)</source>
        <translation>Показати всю мережу (0)</translation>
    </message>
    <message>
        <source>Run layout</source>
        <translation>Розташувати</translation>
    </message>
    <message>
        <source>Arrange the network by its ties</source>
        <translation>Розташувати мережу за зв’язками</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Колір:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Розмір:</translation>
    </message>
    <message>
        <source>Highlight:</source>
        <translation>Виділення:</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>Не вдалося завершити: %1</translation>
    </message>
    <message>
        <source>Finding communities…</source>
        <translation>Шукаю спільноти…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop the layout and keep the positions reached</source>
        <translation>Зупинити розташування й залишити досягнуті позиції</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Змінити: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Вилучити %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додати %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Змінити %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Select an actor in the directory or on the map.</source>
        <translation>Виберіть учасника в довіднику або на мапі.</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>Fields that may hold more than this many characters get a multi-line editor. Shown first (a profile starts with who it is); the others follow in declaration order.</extracomment>
        <translation>через кому</translation>
    </message>
    <message>
        <source>What the actor does, in its own words</source>
        <translation>Чим займається учасник, його словами</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Пропонує</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребує</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>Ties, events and community</source>
        <translation>Зв’язки, події та спільнота</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Спільнота: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасовую…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Directory shows kind</source>
        <translation>Довідник показує тип</translation>
    </message>
    <message>
        <source>Directory shows country</source>
        <translation>Довідник показує країну</translation>
    </message>
</context>
<context>
    <name>SkillChip</name>
    <message>
        <source>Remove %1</source>
        <translation>Вилучити %1</translation>
    </message>
</context>
<context>
    <name>SkillChipBox</name>
    <message>
        <source>Add a skill (English, eesti, українська)…</source>
        <translation>Додати навичку (English, eesti, українська)…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>поки немає</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Warm introduction: %1</source>
        <translation>Тепле знайомство: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Показати на мапі</translation>
    </message>
</context>
<context>
    <name>TeamColumn</name>
    <message>
        <source>Drag a member to another team; tick to lock them to this team</source>
        <translation>Перетягніть учасника до іншої команди; позначте, щоб закріпити його за цією командою</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <source>Mix strangers</source>
        <translation>Змішувати незнайомих</translation>
    </message>
    <message>
        <source>Use ties</source>
        <translation>Використовувати зв’язки</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Сформувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Challenges…</source>
        <translation>Виклики…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Експорт PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save teams</source>
        <translation>Зберегти команди</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Team size from</source>
        <translation>Розмір команди від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Зв’язки</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>No events in this network.</source>
        <translation>У цій мережі немає подій.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Завантажую учасників…</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Building teams…</source>
        <translation>Формую команди…</translation>
    </message>
    <message numerus="yes">
        <source>%n teams built</source>
        <translation>
            <numerusform>сформовано %n команду</numerusform>
            <numerusform>сформовано %n команди</numerusform>
            <numerusform>сформовано %n команд</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the teams were not changed.</source>
        <translation>Скасовано; команди не змінено.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Помилка: %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Оцінка %1</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>Покриває: %1</translation>
    </message>
    <message>
        <source>Lacks: %1</source>
        <translation>Бракує: %1</translation>
    </message>
    <message>
        <source>Unmet: %1</source>
        <translation>Не виконано: %1</translation>
    </message>
    <message>
        <source>Challenges file</source>
        <translation>Файл викликів</translation>
    </message>
    <message>
        <source>Challenges (*.json *.csv)</source>
        <translation>Виклики (*.json *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n challenges loaded</source>
        <translation>
            <numerusform>завантажено %n виклик</numerusform>
            <numerusform>завантажено %n виклики</numerusform>
            <numerusform>завантажено %n викликів</numerusform>
        </translation>
    </message>
    <message>
        <source>Export teams</source>
        <translation>Експорт команд</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Teams saved.</source>
        <translation>Команди збережено.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Перемістити %1 до %2</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Закріпити %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Відкріпити %1</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Startup</source>
        <translation>Стартап</translation>
    </message>
    <message>
        <source>IT company</source>
        <translation>ІТ-компанія</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Державний орган</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Інвестор</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Університет</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ГО</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>works at</source>
        <translation>працює в</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>член</translation>
    </message>
    <message>
        <source>advises</source>
        <translation>консультує</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнер</translation>
    </message>
    <message>
        <source>invested in</source>
        <translation>інвестував у</translation>
    </message>
    <message>
        <source>mentored</source>
        <translation>наставництво</translation>
    </message>
    <message>
        <source>co-founded</source>
        <translation>співзасновник</translation>
    </message>
    <message>
        <source>knows</source>
        <translation>знайомі</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>учасник</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>організатор</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>доповідач</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>ментор</translation>
    </message>
    <message>
        <source>jury</source>
        <translation>журі</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>спонсор</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>No data yet</source>
        <translation>Даних ще немає</translation>
    </message>
</context>
</TS>
