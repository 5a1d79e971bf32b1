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
    <name>ActorDetails</name>
    <message>
        <source>Find a path to…</source>
        <translation>Знайти шлях до…</translation>
    </message>
    <message>
        <source>A warm introduction from this actor to someone else</source>
        <translation>Тепле знайомство від цього учасника з кимось іншим</translation>
    </message>
    <message>
        <source>Show suggestions</source>
        <translation>Показати пропозиції</translation>
    </message>
    <message>
        <source>Draw the suggested partners on the map</source>
        <translation>Показати запропонованих партнерів на мапі</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <source>Show only this actor&apos;s neighbourhood</source>
        <translation>Показати лише оточення цього учасника</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Відкрити профіль</translation>
    </message>
    <message>
        <source>Click an actor on the map to see who they are.</source>
        <translation>Клацніть учасника на мапі, щоб побачити, хто це.</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Галузі: %1</translation>
    </message>
    <message>
        <source>Offers: %1</source>
        <translation>Пропонує: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Потребує: %1</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Зв’язки</translation>
    </message>
    <message numerus="yes">
        <source>Ties (%n)</source>
        <translation>
            <numerusform>Зв’язки (%n)</numerusform>
            <numerusform>Зв’язки (%n)</numerusform>
            <numerusform>Зв’язки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No ties yet: a warm introduction could start one.</source>
        <translation>Зв’язків ще немає: тепле знайомство могло б започаткувати перший.</translation>
    </message>
    <message>
        <source>Suggested partners: ranking…</source>
        <translation>Запропоновані партнери: ранжую…</translation>
    </message>
    <message numerus="yes">
        <source>Suggested partners (%n)</source>
        <translation>
            <numerusform>Запропоновані партнери (%n)</numerusform>
            <numerusform>Запропоновані партнери (%n)</numerusform>
            <numerusform>Запропоновані партнери (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>strong match</source>
        <translation>сильний збіг</translation>
    </message>
    <message>
        <source>good match</source>
        <translation>добрий збіг</translation>
    </message>
    <message>
        <source>possible match</source>
        <translation>можливий збіг</translation>
    </message>
    <message>
        <source>Suggested partners: none (%1)</source>
        <translation>Запропоновані партнери: немає (%1)</translation>
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
    <name>BestPairsPanel</name>
    <message>
        <source>Find the best pairs</source>
        <translation>Знайти найкращі пари</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Profile of the first</source>
        <translation>Профіль першого</translation>
    </message>
    <message>
        <source>Profile of the second</source>
        <translation>Профіль другого</translation>
    </message>
    <message>
        <source>Matches for the first</source>
        <translation>Партнери для першого</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>The best pairs of actors from different countries in the whole network: every actor is ranked, which takes a while on a large network.</source>
        <translation>Найкращі пари учасників з різних країн у всій мережі: ранжується кожен учасник, що у великій мережі триває певний час.</translation>
    </message>
    <message numerus="yes">
        <source>%n best pair(s) across borders, best first</source>
        <translation>
            <numerusform>%n найкраща транскордонна пара, найкраща першою</numerusform>
            <numerusform>%n найкращі транскордонні пари, найкраща першою</numerusform>
            <numerusform>%n найкращих транскордонних пар, найкраща першою</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking every actor…</source>
        <translation>Ранжування всіх учасників…</translation>
    </message>
    <message>
        <source>The network has changed since these pairs were found: find them again to update.</source>
        <translation>Мережа змінилася відтоді, як ці пари було знайдено: знайдіть їх знову, щоб оновити.</translation>
    </message>
    <message numerus="yes">
        <source>%n best pair(s) across borders, found %1 for this very network; find them again to re-rank.</source>
        <translation>
            <numerusform>%n найкраща транскордонна пара, знайдена %1 саме для цієї мережі; знайдіть знову, щоб переранжувати.</numerusform>
            <numerusform>%n найкращі транскордонні пари, знайдені %1 саме для цієї мережі; знайдіть знову, щоб переранжувати.</numerusform>
            <numerusform>%n найкращих транскордонних пар, знайдених %1 саме для цієї мережі; знайдіть знову, щоб переранжувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>The best pairs among the %1 of %2 actors ranked so far; the reasons come when every actor is ranked.</source>
        <translation>Найкращі пари серед %1 із %2 учасників, упорядкованих досі; пояснення з’являться, коли буде впорядковано всіх учасників.</translation>
    </message>
    <message>
        <source>Could not rank the network: %1</source>
        <translation>Не вдалося ранжувати мережу: %1</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
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
</context>
<context>
    <name>BriefingOptions</name>
    <message>
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
        <source>Whom each participant could meet, from the recommender, among this event&apos;s participants. Mark each must meet, would meet or no; a no is final: the pair is never scheduled.</source>
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
    <name>ChallengeEditor</name>
    <message>
        <source>Challenges</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>Додати виклик</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>What the team builds, e.g. Registry API</source>
        <translation>Що створює команда, напр. API реєстру</translation>
    </message>
    <message>
        <source>Skills the team needs</source>
        <translation>Навички, потрібні команді</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Відкрити…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Each team gets a challenge in turn; its score counts the challenge&apos;s skills it covers. Saved as a JSON file the command line reads too (matchmaker teams EVENT --challenges FILE): %1</source>
        <translation>Кожна команда по черзі отримує виклик; її оцінка враховує навички виклику, які вона покриває. Зберігається як файл JSON, який читає й командний рядок (matchmaker teams EVENT --challenges FILE): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skill(s))</source>
        <translation>
            <numerusform>%1 (%n навичка)</numerusform>
            <numerusform>%1 (%n навички)</numerusform>
            <numerusform>%1 (%n навичок)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>“%1” names no skill of the taxonomy.</source>
        <translation>«%1» не відповідає жодній навичці з таксономії.</translation>
    </message>
    <message>
        <source>Open challenges</source>
        <translation>Відкрити виклики</translation>
    </message>
    <message>
        <source>Challenges (*.json *.csv)</source>
        <translation>Виклики (*.json *.csv)</translation>
    </message>
    <message>
        <source>Save challenges</source>
        <translation>Зберегти виклики</translation>
    </message>
    <message>
        <source>Challenges (*.json)</source>
        <translation>Виклики (*.json)</translation>
    </message>
    <message>
        <source>challenges.json</source>
        <translation>виклики.json</translation>
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
    <message>
        <source>Open profile</source>
        <translation>Відкрити профіль</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Показати на мапі</translation>
    </message>
    <message>
        <source>Warm introduction from %1 to %2</source>
        <translation>Тепле знайомство від %1 до %2</translation>
    </message>
    <message>
        <source>Warm introduction from here…</source>
        <translation>Тепле знайомство звідси…</translation>
    </message>
    <message>
        <source>Warm introduction to here…</source>
        <translation>Тепле знайомство сюди…</translation>
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
        <source>Import one spreadsheet at a time.</source>
        <translation>Імпортуйте одну таблицю за раз.</translation>
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
        <source>Interchange files and spreadsheets (*.json *.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Файли обміну й таблиці (*.json *.csv *.xlsx *.xlsm);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export CSV tables to folder</source>
        <translation>Експортувати таблиці CSV у теку</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
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
    <name>GuideDialog</name>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut.</source>
        <translation>Довідка ▸ Клавіатурні скорочення містить усі скорочення.</translation>
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
        <source>Not computed: stopped</source>
        <translation>Не обчислено: зупинено</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Обчислюю…</translation>
    </message>
    <message>
        <source>A broker&apos;s score is the share of the shortest chains between an Estonian and a Ukrainian actor that pass through them: 10% means one chain in ten. High scorers hold the two countries together and are the people to ask for introductions.</source>
        <translation>Оцінка посередника — це частка найкоротших ланцюжків між естонським і українським учасником, що проходять через нього: 10% означає один ланцюжок із десяти. Ті, хто має високу оцінку, тримають дві країни разом, і саме їх варто просити про знайомства.</translation>
    </message>
    <message>
        <source>Counting what the recommender learned from…</source>
        <translation>Підраховую, на чому навчився рекомендатор…</translation>
    </message>
    <message>
        <source>Finding brokers…</source>
        <translation>Пошук посередників…</translation>
    </message>
    <message>
        <source>Brokers not found: stopped.</source>
        <translation>Посередників не знайдено: зупинено.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Навчено на %n записаному результаті та укладених партнерствах.</numerusform>
            <numerusform>Навчено на %n записаних результатах та укладених партнерствах.</numerusform>
            <numerusform>Навчено на %n записаних результатах та укладених партнерствах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Типові ваги: записаних результатів ще замало для навчання (поки що %n).</numerusform>
            <numerusform>Типові ваги: записаних результатів ще замало для навчання (поки що %n).</numerusform>
            <numerusform>Типові ваги: записаних результатів ще замало для навчання (поки що %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The recommender: %1</source>
        <translation>Рекомендатор: %1</translation>
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
    <name>IntroPanel</name>
    <message>
        <source>&lt;b&gt;Warm introduction&lt;/b&gt;&lt;br&gt;Who can introduce one actor to another, warmest chain first.</source>
        <translation>&lt;b&gt;Тепле знайомство&lt;/b&gt;&lt;br&gt;Хто може познайомити одного учасника з іншим, найтепліші ланцюжки спочатку.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Who asks (type a name)</source>
        <translation>Хто просить (введіть назву)</translation>
    </message>
    <message>
        <source>Whom to reach (type a name)</source>
        <translation>До кого дістатися (введіть назву)</translation>
    </message>
    <message>
        <source>Find chains</source>
        <translation>Знайти ланцюжки</translation>
    </message>
    <message>
        <source>Swap From and To</source>
        <translation>Поміняти «Від» і «Кому»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Forget the chains and clear them from the map</source>
        <translation>Забути ланцюжки й прибрати їх із мапи</translation>
    </message>
    <message>
        <source>Now choose whom to reach: type a name, or right-click an actor on the map.</source>
        <translation>Тепер виберіть, до кого дістатися: введіть назву або клацніть учасника на мапі правою кнопкою.</translation>
    </message>
    <message>
        <source>Choose both actors first.</source>
        <translation>Спочатку виберіть обох учасників.</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>Виберіть двох різних учасників.</translation>
    </message>
    <message>
        <source>Looking for chains…</source>
        <translation>Шукаю ланцюжки…</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Не вдалося виконати пошук: %1</translation>
    </message>
    <message>
        <source>No chain of at most five introductions links %1 and %2.</source>
        <translation>Жоден ланцюжок із не більше ніж п’яти знайомств не з’єднує %1 і %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s), warmest first: strong, recent ties make a chain warm.</source>
        <translation>
            <numerusform>%n ланцюжок, найтепліші спочатку: сильні й нещодавні зв’язки роблять ланцюжок теплим.</numerusform>
            <numerusform>%n ланцюжки, найтепліші спочатку: сильні й нещодавні зв’язки роблять ланцюжок теплим.</numerusform>
            <numerusform>%n ланцюжків, найтепліші спочатку: сильні й нещодавні зв’язки роблять ланцюжок теплим.</numerusform>
        </translation>
    </message>
    <message>
        <source>They already know each other: contact them directly.</source>
        <translation>Вони вже знайомі: зв’яжіться з ними напряму.</translation>
    </message>
    <message>
        <source>Ask %1 to introduce %2 to %3.</source>
        <translation>Попросіть %1 познайомити %2 з %3.</translation>
    </message>
    <message>
        <source>Then %1 introduces %2 to %3.</source>
        <translation>Потім %1 знайомить %2 з %3.</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>зв’язок</translation>
    </message>
</context>
<context>
    <name>LockDelegate</name>
    <message>
        <source>Locked</source>
        <translation>Закріплено</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Закріпити</translation>
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
        <source>Loading cancelled: open a database to go on.</source>
        <translation>Завантаження скасовано: щоб продовжити, відкрийте базу даних.</translation>
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
        <source>&amp;Guide to this view</source>
        <translation>По&amp;сібник до цього розділу</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
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
        <source>opening…</source>
        <translation>відкривається…</translation>
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
    <message>
        <source>Loading the network…</source>
        <translation>Завантажую мережу…</translation>
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
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервні копії…</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Зустрічі</translation>
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
    <name>MapPanel</name>
    <message>
        <source>Details</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Знайомства</translation>
    </message>
    <message>
        <source>Close the panel</source>
        <translation>Закрити панель</translation>
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
        <translation>Пропонує (навички)</translation>
    </message>
    <message>
        <source>Needs (skills)</source>
        <translation>Потребує (навички)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ігнорувати —</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>Which field each column holds. Guessed from the headers; the choice is remembered for sheets with the same headers.</source>
        <translation>Яке поле містить кожен стовпець. Визначено за заголовками; вибір запам’ятовується для таблиць із такими самими заголовками.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Приклади</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>For new actors whose row leaves these empty:</source>
        <translation>Для нових учасників, у чиєму рядку ці поля порожні:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Видимість:</translation>
    </message>
    <message>
        <source>— from the sheet —</source>
        <translation>— з таблиці —</translation>
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
        <source>Active in the network</source>
        <translation>Активний у мережі</translation>
    </message>
    <message>
        <source>Active lately</source>
        <translation>Активний останнім часом</translation>
    </message>
    <message>
        <source>Active and experienced</source>
        <translation>Активний і досвідчений</translation>
    </message>
    <message>
        <source>New shared partners</source>
        <translation>Нові спільні партнери</translation>
    </message>
    <message>
        <source>Rare shared partners</source>
        <translation>Рідкісні спільні партнери</translation>
    </message>
    <message>
        <source>Partners of partners</source>
        <translation>Партнери партнерів</translation>
    </message>
    <message>
        <source>Similar profile</source>
        <translation>Схожий профіль</translation>
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
        <source>Warm introduction</source>
        <translation>Тепле знайомство</translation>
    </message>
    <message>
        <source>Met at the same events</source>
        <translation>На тих самих подіях</translation>
    </message>
    <message>
        <source>Kinds that often partner</source>
        <translation>Типи, що часто співпрацюють</translation>
    </message>
    <message>
        <source>Like your past partners</source>
        <translation>Схожі на ваших партнерів</translation>
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
        <source>Works with your kind</source>
        <translation>Співпраця з вашим типом</translation>
    </message>
    <message>
        <source>Countries that partner</source>
        <translation>Країни, що співпрацюють</translation>
    </message>
    <message>
        <source>Your ties to theirs</source>
        <translation>Ваші зв’язки з їхніми</translation>
    </message>
    <message>
        <source>Sectors that tie up here</source>
        <translation>Сфери, що тут співпрацюють</translation>
    </message>
    <message>
        <source>Partners like you</source>
        <translation>Партнери як ви</translation>
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
        <source>Suggestions</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>Recorded outcomes (%1)</source>
        <translation>Записані результати (%1)</translation>
    </message>
    <message>
        <source>Best pairs across borders</source>
        <translation>Найкращі транскордонні пари</translation>
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
        <source>Restore %1 as a suggestion</source>
        <translation>Повернути %1 до пропозицій</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Результат %1: %2</translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message>
        <source>Merge snapshot: fields changed on both sides</source>
        <translation>Об’єднання знімка: поля, змінені з обох боків</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed both here and in the snapshot since the two copies last met. Choose which value to keep; nothing is written until you press Merge.</source>
        <translation>
            <numerusform>%n поле змінено і тут, і в знімку відтоді, як дві копії востаннє об’єднувалися. Виберіть, яке значення залишити; нічого не буде записано, доки ви не натиснете «Об’єднати».</numerusform>
            <numerusform>%n поля змінено і тут, і в знімку відтоді, як дві копії востаннє об’єднувалися. Виберіть, яке значення залишити; нічого не буде записано, доки ви не натиснете «Об’єднати».</numerusform>
            <numerusform>%n полів змінено і тут, і в знімку відтоді, як дві копії востаннє об’єднувалися. Виберіть, яке значення залишити; нічого не буде записано, доки ви не натиснете «Об’єднати».</numerusform>
        </translation>
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
        <source>Communities not found: stopped.</source>
        <translation>Спільноти не знайдено: зупинено.</translation>
    </message>
    <message>
        <source>Communities not found</source>
        <translation>Спільноти не знайдено</translation>
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
    <message>
        <source>Focus on this actor</source>
        <translation>Сфокусуватися на цьому учасникові</translation>
    </message>
    <message>
        <source>Path from here…</source>
        <translation>Шлях звідси…</translation>
    </message>
    <message>
        <source>Path to here</source>
        <translation>Шлях сюди</translation>
    </message>
    <message>
        <source>Show suggestions</source>
        <translation>Показати пропозиції</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Відкрити профіль</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>The first rows of the file, as it holds them.</source>
        <translation>Перші рядки файлу в тому вигляді, як вони в ньому записані.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Аркуш:</translation>
    </message>
    <message numerus="yes">
        <source>Workbook: %n row(s) under the header in row %1.</source>
        <translation>
            <numerusform>Книга: %n рядок під заголовком у рядку %1.</numerusform>
            <numerusform>Книга: %n рядки під заголовком у рядку %1.</numerusform>
            <numerusform>Книга: %n рядків під заголовком у рядку %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV (%2, separated by %3): %n row(s) under the header in row %1.</source>
        <translation>
            <numerusform>CSV (%2, роздільник %3): %n рядок під заголовком у рядку %1.</numerusform>
            <numerusform>CSV (%2, роздільник %3): %n рядки під заголовком у рядку %1.</numerusform>
            <numerusform>CSV (%2, роздільник %3): %n рядків під заголовком у рядку %1.</numerusform>
        </translation>
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
        <source>names no country: “%1”; pick one from the list</source>
        <extracomment>Fields that may hold more than this many characters get a multi-line editor. Shown first (a profile starts with who it is); the others follow in declaration order.</extracomment>
        <translation>не є назвою країни: «%1»; виберіть зі списку</translation>
    </message>
    <message>
        <source>Type a country&apos;s name and pick it</source>
        <translation>Введіть назву країни й виберіть її</translation>
    </message>
    <message>
        <source>comma-separated</source>
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
    <message>
        <source>Privacy</source>
        <translation>Приватність</translation>
    </message>
    <message>
        <source>The saved version was kept.</source>
        <translation>Збережену версію залишено.</translation>
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
    <name>RecordedOutcomes</name>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Усі результати</translation>
    </message>
    <message>
        <source>for this actor</source>
        <translation>для цього учасника</translation>
    </message>
    <message>
        <source>for every actor</source>
        <translation>для всіх учасників</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Suggested to</source>
        <translation>Запропоновано для</translation>
    </message>
    <message>
        <source>Restore as suggestion</source>
        <translation>Повернути до пропозицій</translation>
    </message>
    <message>
        <source>Forget the recorded outcome: the partner is ranked among the suggestions again</source>
        <translation>Забути записаний результат: партнера знову буде ранжовано серед пропозицій</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>No outcomes recorded yet: use Contacted, Met, Agreement or Declined on a suggestion.</source>
        <translation>Результатів ще не записано: скористайтеся «Зв’язалися», «Зустрілися», «Угода» або «Відхилено» для пропозиції.</translation>
    </message>
    <message>
        <source>No partner has this outcome.</source>
        <translation>Жоден партнер не має такого результату.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнер</numerusform>
            <numerusform>%n партнери</numerusform>
            <numerusform>%n партнерів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Nothing is written until every problem is fixed; the import is all or nothing.</source>
        <translation>Нічого не буде записано, доки не виправлено всі проблеми; імпорт виконується повністю або зовсім не виконується.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Імовірні дублікати</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>У таблиці</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевіряю…</translation>
    </message>
    <message>
        <source>Ready: %1 new actor(s), %2 merged into stored actors.</source>
        <translation>Готово: нових учасників — %1, об’єднано з наявними — %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before anything is imported.</source>
        <translation>
            <numerusform>%n проблему треба виправити, перш ніж щось буде імпортовано.</numerusform>
            <numerusform>%n проблеми треба виправити, перш ніж щось буде імпортовано.</numerusform>
            <numerusform>%n проблем треба виправити, перш ніж щось буде імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>така сама назва</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>схожа назва</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>абревіатура</translation>
    </message>
    <message>
        <source>Merge into row %1: %2 (%3)</source>
        <translation>Об’єднати з рядком %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Merge into %2 (%3), %4</source>
        <translation>Об’єднати з %2 (%3), %4</translation>
    </message>
    <message>
        <source>Create a new actor</source>
        <translation>Створити нового учасника</translation>
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
    <name>SheetImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Імпорт таблиці</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Directory: open the selected actor&apos;s profile</source>
        <extracomment>Keys a view handles itself: (keys, what they do).</extracomment>
        <translation>Довідник: відкрити профіль вибраного учасника</translation>
    </message>
    <message>
        <source>Directory: clear the search; map: clear the selection</source>
        <translation>Довідник: очистити пошук; мапа: зняти виділення</translation>
    </message>
    <message>
        <source>Map: zoom in / out</source>
        <translation>Мапа: збільшити / зменшити</translation>
    </message>
    <message>
        <source>Map: fit the whole network</source>
        <translation>Мапа: умістити всю мережу</translation>
    </message>
    <message>
        <source>Map: pan</source>
        <translation>Мапа: панорамування</translation>
    </message>
    <message>
        <source>Map: open the selected actor&apos;s profile</source>
        <translation>Мапа: відкрити профіль вибраного учасника</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Що робить</translation>
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
    <name>SnapshotActions</name>
    <message>
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
    <name>TaskStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop this work; what is shown stays as it is</source>
        <translation>Зупинити цю роботу; показане залишиться як є</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупинення…</translation>
    </message>
</context>
<context>
    <name>TeamColumn</name>
    <message>
        <source>Drag a member to another team; press Lock to keep them in this team on the next Build</source>
        <translation>Перетягніть учасника до іншої команди; натисніть «Закріпити», щоб залишити його в цій команді під час наступного формування</translation>
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
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
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
        <source>Write the challenges the teams work on and the skills each needs</source>
        <translation>Опишіть виклики, над якими працюють команди, і навички, потрібні для кожного</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Експорт XLSX</translation>
    </message>
    <message>
        <source>With e-mail addresses</source>
        <translation>З адресами ел. пошти</translation>
    </message>
    <message>
        <source>Exports list the e-mail addresses of members whose profile is public; never of others</source>
        <translation>Експорт містить адреси ел. пошти лише тих учасників, чий профіль публічний; інших — ніколи</translation>
    </message>
    <message>
        <source>No teams yet.

1. Choose the event and the team size above.
2. Optionally write the challenges (Challenges…): a name and the skills each team needs.
3. Press Build.

Then drag members between teams, press Lock on those who must stay where they are, and Build again; Edit ▸ Undo (Ctrl+Z) takes back every move and lock. Export the teams as CSV, XLSX or PDF, or save them with the network.</source>
        <translation>Команд ще немає.

1. Виберіть подію й розмір команди вгорі.
2. За бажанням опишіть виклики (Виклики…): назву й навички, потрібні кожній команді.
3. Натисніть «Сформувати».

Потім перетягуйте учасників між командами, натисніть «Закріпити» для тих, хто має залишитися на місці, і сформуйте знову; Редагування ▸ Скасувати (Ctrl+Z) скасовує кожне переміщення й закріплення. Експортуйте команди як CSV, XLSX або PDF чи збережіть їх разом із мережею.</translation>
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
    <message numerus="yes">
        <source>%n challenge(s) set; press Build to use them</source>
        <translation>
            <numerusform>%n виклик задано; натисніть «Сформувати», щоб використати</numerusform>
            <numerusform>%n виклики задано; натисніть «Сформувати», щоб використати</numerusform>
            <numerusform>%n викликів задано; натисніть «Сформувати», щоб використати</numerusform>
        </translation>
    </message>
    <message>
        <source>Challenges: %1</source>
        <translation>Виклики: %1</translation>
    </message>
    <message>
        <source>No challenges</source>
        <translation>Немає викликів</translation>
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
    <name>TimeLeftLabel</name>
    <message>
        <source>less than a minute left</source>
        <translation>залишилося менше хвилини</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>залишилася приблизно %n хвилина</numerusform>
            <numerusform>залишилося приблизно %n хвилини</numerusform>
            <numerusform>залишилося приблизно %n хвилин</numerusform>
        </translation>
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
    <name>ViewGuides</name>
    <message>
        <source>Directory: every actor of the network</source>
        <translation>Довідник: усі учасники мережі</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+F) to find actors by name, city or sector, in any script: kyiv, Kiev and Київ find the same actors.
Narrow the list with the kind and country filters.
Enter or a double click opens the selected actor&apos;s profile.
Right-click a row to show the actor on the map or to find a warm introduction from or to them.</source>
        <translation>Введіть у поле пошуку (Ctrl+F), щоб знайти учасників за назвою, містом або галуззю, будь-яким письмом: kyiv, Kiev і Київ знаходять тих самих учасників.
Звужуйте список фільтрами за типом і країною.
Enter або подвійне клацання відкриває профіль вибраного учасника.
Клацніть рядок правою кнопкою, щоб показати учасника на мапі або знайти тепле знайомство від нього чи до нього.</translation>
    </message>
    <message>
        <source>Profile: one actor, editable</source>
        <translation>Профіль: один учасник, можна редагувати</translation>
    </message>
    <message>
        <source>Edit a field and leave it to save; Ctrl+Z undoes, Ctrl+Shift+Z redoes.
Offers and needs are chips: type a skill to add it, click × to remove it.
Ties and events list whom the actor knows and where they met.</source>
        <translation>Змініть поле й вийдіть із нього, щоб зберегти; Ctrl+Z скасовує, Ctrl+Shift+Z повторює.
Пропозиції та потреби — це мітки: введіть навичку, щоб додати її, клацніть ×, щоб вилучити.
Зв’язки й події показують, кого знає учасник і де вони зустрічалися.</translation>
    </message>
    <message>
        <source>Matches: partners across the border</source>
        <translation>Пари: партнери через кордон</translation>
    </message>
    <message>
        <source>For the current actor, the partners who need what it offers and offer what it needs, best first, with the reasons both ways.
Record what happened (contacted, met, agreement, declined): the recommender learns from these outcomes. Ctrl+Z undoes an outcome.
Show on map draws the suggestions on the Network view.</source>
        <translation>Для поточного учасника — партнери, яким потрібне те, що він пропонує, і які пропонують те, що йому потрібно, найкращі спочатку, з причинами в обидва боки.
Записуйте, що сталося (зв’язалися, зустрілися, угода, відхилено): рекомендатор навчається на цих результатах. Ctrl+Z скасовує результат.
«Показати на мапі» відображає пропозиції в розділі «Мережа».</translation>
    </message>
    <message>
        <source>Network: the map of who knows whom</source>
        <translation>Мережа: мапа того, хто кого знає</translation>
    </message>
    <message>
        <source>Drag to pan, scroll or pinch to zoom, 0 or Fit to see everything.
Click an actor to see its details, ties and suggested partners in the side panel.
Right-click an actor to focus on it, to start a warm introduction from it (Path from here…) or to end one at it (Path to here).
Warm introductions: the Introductions tab lists the warmest chains of people between two actors and whom to ask first; the chosen chain is drawn in bold on the map.
Colour by community to see the groups; actors without ties wait in the &quot;Not yet connected&quot; band under the map.
Run layout arranges the map again; Highlight fades everyone outside a group.</source>
        <translation>Перетягуйте для панорамування, прокручуйте або зводьте пальці для масштабування, 0 або «Умістити», щоб побачити все.
Клацніть учасника, щоб побачити його дані, зв’язки й запропонованих партнерів на бічній панелі.
Клацніть учасника правою кнопкою, щоб сфокусуватися на ньому, почати від нього тепле знайомство (Шлях звідси…) або завершити його на ньому (Шлях сюди).
Теплі знайомства: вкладка «Знайомства» показує найтепліші ланцюжки людей між двома учасниками і кого просити першим; вибраний ланцюжок виділено жирним на мапі.
Фарбуйте за спільнотою, щоб побачити групи; учасники без зв’язків чекають у смузі «Ще не пов’язані» під мапою.
«Розташувати» знову впорядковує мапу; «Виділення» приглушує всіх поза групою.</translation>
    </message>
    <message>
        <source>Teams: hackathon teams for an event</source>
        <translation>Команди: команди хакатону для події</translation>
    </message>
    <message>
        <source>Choose the event and the team size, then Build: every team covers the challenge&apos;s skills and mixes both countries.
Drag members between teams; lock a member to keep them where they are when you build again. Ctrl+Z undoes a move.
Export the teams as PDF or CSV.</source>
        <translation>Виберіть подію й розмір команди, потім «Сформувати»: кожна команда покриває навички виклику й поєднує обидві країни.
Перетягуйте учасників між командами; закріпіть учасника, щоб він залишився на місці під час повторного формування. Ctrl+Z скасовує переміщення.
Експортуйте команди як PDF або CSV.</translation>
    </message>
    <message>
        <source>Insights: the network in numbers</source>
        <translation>Аналітика: мережа в цифрах</translation>
    </message>
    <message>
        <source>How many new ties cross the border each year and around each event, the sectors of each country, the actors who link the two countries most (brokers), and the matches in the pipeline.
Hover over a shortened label to read it in full.</source>
        <translation>Скільки нових зв’язків перетинає кордон щороку й довкола кожної події, галузі кожної країни, учасники, які найбільше з’єднують дві країни (посередники), і пари в процесі.
Наведіть курсор на скорочений підпис, щоб прочитати його повністю.</translation>
    </message>
    <message>
        <source>Brokerage: one-to-one meetings at a forum</source>
        <translation>Зустрічі: зустрічі віч-на-віч на форумі</translation>
    </message>
    <message>
        <source>Choose the forum. Picks lists the meetings the recommender suggests between its participants: mark each must, would or no (a no is final), or read a picks sheet.
Schedule: set the slots, tables and meetings per person, then Build schedule; the grid shows who meets where, and pairs left out say why.
Agendas: one person&apos;s day as it prints; when someone cancels, the schedule is repaired at once. Print agendas, the table plan and the venue sheet.
After the forum, record the outcomes: the recommender learns from them.</source>
        <translation>Виберіть форум. «Вибір» показує зустрічі, які рекомендатор пропонує між його учасниками: позначте кожну як обов’язкову, бажану або «ні» («ні» остаточне) чи прочитайте таблицю виборів.
Розклад: задайте слоти, столи й кількість зустрічей на особу, потім «Скласти розклад»; сітка показує, хто де зустрічається, а для пар, що не потрапили, вказано причину.
Програми: день однієї особи в тому вигляді, як він друкується; коли хтось скасовує участь, розклад одразу виправляється. Друкуйте програми, план столів і таблицю для майданчика.
Після форуму запишіть результати: рекомендатор навчається на них.</translation>
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
