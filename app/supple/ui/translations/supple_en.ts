<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;{answered}&lt;/b&gt; of %n reminder(s) answered</source>
        <translation>
            <numerusform>&lt;b&gt;{answered}&lt;/b&gt; of %n reminder answered</numerusform>
            <numerusform>&lt;b&gt;{answered}&lt;/b&gt; of %n reminders answered</numerusform>
        </translation>
    </message>
</context>
</TS>
