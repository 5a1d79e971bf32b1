<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActorDetails</name>
    <message numerus="yes">
        <source>Ties (%n)</source>
        <translation>
            <numerusform>Ties (%n)</numerusform><numerusform>Ties (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suggested partners (%n)</source>
        <translation>
            <numerusform>Suggested partners (%n)</numerusform><numerusform>Suggested partners (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>BestPairsPanel</name>
    <message numerus="yes">
        <source>%n best pair(s) across borders, found %1 for this very network; find them again to re-rank.</source>
        <translation>
            <numerusform>%n best pair across borders, found %1 for this very network; find them again to re-rank.</numerusform><numerusform>%n best pairs across borders, found %1 for this very network; find them again to re-rank.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n best pair(s) across borders, best first</source>
        <translation>
            <numerusform>%n best pair across borders, best first</numerusform><numerusform>%n best pairs across borders, best first</numerusform></translation>
    </message>
</context>
<context>
    <name>BrokerageView</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s)</source>
        <translation>
            <numerusform>%n pick</numerusform><numerusform>%n picks</numerusform></translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message numerus="yes">
        <source>%1 (%n skill(s))</source>
        <translation>
            <numerusform>%1 (%n skill)</numerusform><numerusform>%1 (%n skills)</numerusform></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>%n of %1 shown</numerusform><numerusform>%n of %1 shown</numerusform></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Exported %n file.</numerusform><numerusform>Exported %n files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) not for this audience left out.</source>
        <translation>
            <numerusform>%n actor not for this audience left out.</numerusform><numerusform>%n actors not for this audience left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Contact details of %n actor(s) left out.</source>
        <translation>
            <numerusform>Contact details of %n actor left out.</numerusform><numerusform>Contact details of %n actors left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>ForumWrites</name>
    <message numerus="yes">
        <source>%n pick(s) read.</source>
        <translation>
            <numerusform>%n pick read.</numerusform><numerusform>%n picks read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Presence of %n participant(s) read.</source>
        <translation>
            <numerusform>Presence of %n participant read.</numerusform><numerusform>Presence of %n participants read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Schedule saved: %n meeting(s).</source>
        <translation>
            <numerusform>Schedule saved: %n meeting.</numerusform><numerusform>Schedule saved: %n meetings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) dropped, </source>
        <translation>
            <numerusform>%n meeting dropped, </numerusform><numerusform>%n meetings dropped, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n added; every other meeting stays where it was.</source>
        <translation>
            <numerusform>%n added; every other meeting stays where it was.</numerusform><numerusform>%n added; every other meeting stays where it was.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) read; press Record outcomes to keep them.</source>
        <translation>
            <numerusform>%n outcome read; press Record outcomes to keep them.</numerusform><numerusform>%n outcomes read; press Record outcomes to keep them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) recorded; the recommender learns from them.</source>
        <translation>
            <numerusform>%n outcome recorded; the recommender learns from them.</numerusform><numerusform>%n outcomes recorded; the recommender learns from them.</numerusform></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Learned from %n recorded outcome and formed partnerships.</numerusform><numerusform>Learned from %n recorded outcomes and formed partnerships.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Default weights: too few outcomes recorded yet to learn from (%n so far).</numerusform><numerusform>Default weights: too few outcomes recorded yet to learn from (%n so far).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform><numerusform>%n ties</numerusform></translation>
    </message>
</context>
<context>
    <name>IntroPanel</name>
    <message numerus="yes">
        <source>%n chain(s), warmest first: strong, recent ties make a chain warm.</source>
        <translation>
            <numerusform>%n chain, warmest first: strong, recent ties make a chain warm.</numerusform><numerusform>%n chains, warmest first: strong, recent ties make a chain warm.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform><numerusform>%n ties</numerusform></translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message numerus="yes">
        <source>%n suggestion(s), best first</source>
        <translation>
            <numerusform>%n suggestion, best first</numerusform><numerusform>%n suggestions, best first</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n recorded outcome(s) and formed partnerships.</source>
        <translation>
            <numerusform>Learned from %n recorded outcome and formed partnerships.</numerusform><numerusform>Learned from %n recorded outcomes and formed partnerships.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Default weights: too few outcomes recorded yet to learn from (%n so far).</source>
        <translation>
            <numerusform>Default weights: too few outcomes recorded yet to learn from (%n so far).</numerusform><numerusform>Default weights: too few outcomes recorded yet to learn from (%n so far).</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message numerus="yes">
        <source>%n field(s) were changed both here and in the snapshot since the two copies last met. Choose which value to keep; nothing is written until you press Merge.</source>
        <translation>
            <numerusform>%n field was changed both here and in the snapshot since the two copies last met. Choose which value to keep; nothing is written until you press Merge.</numerusform><numerusform>%n fields were changed both here and in the snapshot since the two copies last met. Choose which value to keep; nothing is written until you press Merge.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform><numerusform>%n ties</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>Workbook: %n row(s) under the header in row %1.</source>
        <translation>
            <numerusform>Workbook: %n row under the header in row %1.</numerusform><numerusform>Workbook: %n rows under the header in row %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>CSV (%2, separated by %3): %n row(s) under the header in row %1.</source>
        <translation>
            <numerusform>CSV (%2, separated by %3): %n row under the header in row %1.</numerusform><numerusform>CSV (%2, separated by %3): %n rows under the header in row %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform><numerusform>%n ties</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordedOutcomes</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before anything is imported.</source>
        <translation>
            <numerusform>%n problem to fix before anything is imported.</numerusform><numerusform>%n problems to fix before anything is imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message numerus="yes">
        <source>%n meeting(s), value %1</source>
        <translation>
            <numerusform>%n meeting, value %1</numerusform><numerusform>%n meetings, value %1</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n teams built</source>
        <translation>
            <numerusform>%n team built</numerusform><numerusform>%n teams built</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n challenge(s) set; press Build to use them</source>
        <translation>
            <numerusform>%n challenge set; press Build to use them</numerusform><numerusform>%n challenges set; press Build to use them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n challenges loaded</source>
        <translation>
            <numerusform>%n challenge loaded</numerusform><numerusform>%n challenges loaded</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeLeftLabel</name>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform><numerusform>about %n minutes left</numerusform></translation>
    </message>
</context>
</TS>
