<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>A hands-free coach for stretch and mobility routines.</source>
        <translation>Ein Coach für Dehn- und Mobilitätsübungen, ganz ohne Hände.</translation>
    </message>
    <message>
        <source>Routines are written for Supple from common advice for easing lower-back pain. They give guidance, not a diagnosis.</source>
        <translation>Die Routinen wurden für Supple nach gängigen Ratschlägen gegen Schmerzen im unteren Rücken geschrieben. Sie geben Anleitung, keine Diagnose.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL). Offline voice by pyttsx3 and espeak-ng. Pose illustrations drawn for Supple.</source>
        <translation>Gebaut mit Qt for Python (PySide6, LGPL). Offline-Stimme von pyttsx3 und espeak-ng. Die Haltungsbilder wurden für Supple gezeichnet.</translation>
    </message>
    <message>
        <source>About Supple</source>
        <translation>Über Supple</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>{hold} · from {routines}</source>
        <translation>{hold} · aus {routines}</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>Before you start: how does your back feel?</source>
        <translation>Bevor es losgeht: Wie fühlt sich Ihr Rücken an?</translation>
    </message>
    <message>
        <source>Well done. How does your back feel now?</source>
        <translation>Gut gemacht. Wie fühlt sich Ihr Rücken jetzt an?</translation>
    </message>
    <message>
        <source>You stopped the session. How does your back feel now?</source>
        <translation>Sie haben die Einheit beendet. Wie fühlt sich Ihr Rücken jetzt an?</translation>
    </message>
    <message>
        <source>Why did you stop?</source>
        <translation>Warum haben Sie aufgehört?</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Es tat weh</translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation>Zu müde</translation>
    </message>
    <message>
        <source>Out of time</source>
        <translation>Keine Zeit</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Take it easy. If the pain is sharp, lasts or gets worse, see a doctor or physiotherapist.</source>
        <translation>Machen Sie langsam. Wenn der Schmerz stechend ist, anhält oder schlimmer wird, gehen Sie zu Ärztin, Arzt oder Physiotherapie.</translation>
    </message>
    <message>
        <source>How it feels, from 0 to 10:</source>
        <translation>Wie es sich anfühlt, von 0 bis 10:</translation>
    </message>
    <message>
        <source>{n} of 10</source>
        <translation>{n} von 10</translation>
    </message>
    <message>
        <source>0 = feels fine</source>
        <translation>0 = alles gut</translation>
    </message>
    <message>
        <source>10 = worst pain</source>
        <translation>10 = stärkster Schmerz</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Eine kurze Notiz (optional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Choose a number first, or Skip</source>
        <translation>Erst eine Zahl wählen oder überspringen</translation>
    </message>
</context>
<context>
    <name>CountdownDial</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>{told}, paused</source>
        <translation>{told}, angehalten</translation>
    </message>
    <message>
        <source>{count}, paused</source>
        <translation>{count}, pausiert</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
</context>
<context>
    <name>CueRows</name>
    <message>
        <source>Add a spoken cue</source>
        <translation>Gesprochenen Hinweis hinzufügen</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>{n} breaths</source>
        <translation>{n} Atemzüge</translation>
    </message>
    <message>
        <source>until Done</source>
        <translation>bis „Fertig“</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <source>side to side</source>
        <translation>im Wechsel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (meine Kopie)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>{what} ändern</translation>
    </message>
    <message>
        <source>Change step {n}</source>
        <translation>Schritt {n} ändern</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>{title} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>{title} entfernen</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>The picture could not be copied: {reason}</source>
        <translation>Das Bild konnte nicht kopiert werden: {reason}</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Routine ohne Titel</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Routine-Details</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Title, description, tags, breath pace and rests</source>
        <translation>Titel, Beschreibung, Schlagwörter, Atem und Pausen</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Erst die Probleme beheben</translation>
    </message>
    <message>
        <source>Release time: {message}</source>
        <translation>Lösezeit: {message}</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>release time</source>
        <translation>Lösezeit</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Routine, {field}</source>
        <translation>Routine, {field}</translation>
    </message>
    <message>
        <source>Step {n} ({title}), {field}</source>
        <translation>Schritt {n} ({title}), {field}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>Fix these to save or preview:</source>
        <translation>Zum Speichern oder für die Vorschau bitte beheben:</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>Neu, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved in your routines</source>
        <translation>In Ihren Routinen gespeichert</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown first.</source>
        <translation>Nicht gespeichert: Erst die angezeigten Probleme beheben.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation>Die Routine konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{reason}

Your previous version is unchanged.</source>
        <translation>{reason}

Ihre vorige Fassung ist unverändert.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>diese Routine</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>Änderungen an „{title}“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation>Sonst gehen sie verloren.</translation>
    </message>
    <message>
        <source>Fix the problems shown before playing the routine.</source>
        <translation>Beheben Sie die angezeigten Probleme, bevor Sie die Routine abspielen.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>‹ Library</source>
        <translation>‹ Bibliothek</translation>
    </message>
    <message>
        <source>Close the editor and go back to the library</source>
        <translation>Editor schließen und zur Bibliothek zurück</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Play the routine as it is now</source>
        <translation>Die Routine im jetzigen Stand abspielen</translation>
    </message>
    <message>
        <source>Play from the start</source>
        <translation>Von vorn abspielen</translation>
    </message>
    <message>
        <source>Play from the selected step</source>
        <translation>Ab dem gewählten Schritt abspielen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Routine-Details</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No steps yet. Add an exercise from the catalogue, or a blank step.</source>
        <translation>Noch keine Schritte. Fügen Sie eine Übung aus dem Katalog oder einen leeren Schritt hinzu.</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Übung hinzufügen…</translation>
    </message>
    <message>
        <source>Pick an exercise from the bundled routines (Ctrl+Shift+N)</source>
        <translation>Eine Übung aus den mitgelieferten Routinen wählen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Leerer Schritt</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Schritt nach oben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Schritt nach unten (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Die Einzelheiten stehen im Protokoll: {path}</translation>
    </message>
    <message>
        <source>No log could be written ({problem}).</source>
        <translation>Es konnte kein Protokoll geschrieben werden ({problem}).</translation>
    </message>
    <message>
        <source>Something went wrong in Supple ({count} times).</source>
        <translation>In Supple ist etwas schiefgelaufen ({count}-mal).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something went wrong in Supple.</source>
        <translation>In Supple ist etwas schiefgelaufen.</translation>
    </message>
    <message>
        <source>{summary}

Supple goes on; if something looks wrong, restart it. {where}</source>
        <translation>{summary}

Supple läuft weiter; wenn etwas falsch aussieht, starten Sie es neu. {where}</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>&amp;Protokollordner zeigen</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Supple&apos;s log is in {folder}</source>
        <translation>Das Protokoll von Supple liegt in {folder}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorherige</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nächste ›</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Export all to CSV…</source>
        <translation>Alles als CSV exportieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>{time}  {title} · {minutes} ({outcome})</source>
        <translation>{time}  {title} · {minutes} ({outcome})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; min</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; min</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; sessions</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Einheiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; session</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Einheit</translation>
    </message>
    <message>
        <source>Back: {before} before → {after} after</source>
        <translation>Rücken: {before} vorher → {after} nachher</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{answered}&lt;/b&gt; of %n reminder(s) answered</source>
        <translation>
            <numerusform>&lt;b&gt;{answered}&lt;/b&gt; von %n Erinnerung befolgt</numerusform>
            <numerusform>&lt;b&gt;{answered}&lt;/b&gt; von %n Erinnerungen befolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&apos;s reminders: {answered} answered with a session, {postponed} put off at least once, {skipped} skipped.</source>
        <translation>Erinnerungen dieser Woche: {answered} mit einer Einheit befolgt, {postponed} mindestens einmal verschoben, {skipped} übersprungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;-day streak</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Tage in Folge</translation>
    </message>
    <message>
        <source>no streak yet</source>
        <translation>noch keine Serie</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;-day streak at the week&apos;s end</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Tage in Folge am Wochenende</translation>
    </message>
    <message>
        <source>no streak at the week&apos;s end</source>
        <translation>keine Serie am Wochenende</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; day now</source>
        <translation>jetzt &lt;b&gt;1&lt;/b&gt; Tag</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; days now</source>
        <translation>jetzt &lt;b&gt;{n}&lt;/b&gt; Tage</translation>
    </message>
    <message>
        <source>{then} · {now}</source>
        <translation>{then} · {now}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: no sessions</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: keine Einheiten</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: {sessions}, {minutes} min</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: {sessions}, {minutes} min</translation>
    </message>
    <message>
        <source>Deleted “{title}” of {day}.</source>
        <translation>„{title}“ vom {day} gelöscht.</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>einem unbekannten Tag</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported 1 session to {path}.</source>
        <translation>1 Einheit nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Exported {n} sessions to {path}.</source>
        <translation>{n} Einheiten nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>ImportConflict</name>
    <message>
        <source>Routine already in your library</source>
        <translation>Routine schon in Ihrer Bibliothek</translation>
    </message>
    <message>
        <source>You already have “{title}”.</source>
        <translation>Sie haben „{title}“ schon.</translation>
    </message>
    <message>
        <source>Replace it with the one you are importing, or keep both? Replacing keeps its history.</source>
        <translation>Durch die importierte ersetzen oder beide behalten? Beim Ersetzen bleibt der Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>It comes with Supple and stays. Add the imported one beside it?</source>
        <translation>Sie gehört zu Supple und bleibt. Die importierte daneben hinzufügen?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>about {n} min</source>
        <translation>etwa {n} min</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} Schritte</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>noch keine Schritte</translation>
    </message>
    <message>
        <source>{duration} · {steps}</source>
        <translation>{duration} · {steps}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} breaths</source>
        <translation>{n} Atemzüge</translation>
    </message>
    <message>
        <source>as long as you can</source>
        <translation>so lange Sie können</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <source>side to side</source>
        <translation>im Wechsel</translation>
    </message>
    <message>
        <source>Can&apos;t be used: {reason}</source>
        <translation>Nicht nutzbar: {reason}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Pick one and press Start. Press Enter to begin.</source>
        <translation>Wählen Sie eine aus und drücken Sie „Starten“. Mit der Eingabetaste geht es los.</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Routine-Details</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Diese Routine starten (Eingabe)</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Only the first {shown} routine files are shown; {more} more were not read.</source>
        <translation>Nur die ersten {shown} Routinendateien werden gezeigt; {more} weitere wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Move some files out of {folder} to see the rest.</source>
        <translation>Verschieben Sie einige Dateien aus {folder}, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>{title}, can&apos;t be used: {reason}</source>
        <translation>{title}, nicht nutzbar: {reason}</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Kopie bearbeiten</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Diese Routine ändern</translation>
    </message>
    <message>
        <source>Bundled routines stay as they are: this makes your own copy</source>
        <translation>Mitgelieferte Routinen bleiben, wie sie sind: Dies legt Ihre eigene Kopie an</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supple</source>
        <translation>Supple</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Safety notice…</source>
        <translation>&amp;Sicherheitshinweis…</translation>
    </message>
    <message>
        <source>&amp;About Supple</source>
        <translation>Ü&amp;ber Supple</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Supple logo</source>
        <translation>Supple-Logo</translation>
    </message>
    <message>
        <source>Supple</source>
        <translation>Supple</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Close notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Picture links to other files</source>
        <translation>Bild verweist auf andere Dateien</translation>
    </message>
    <message>
        <source>Picture too complex</source>
        <translation>Bild zu komplex</translation>
    </message>
    <message>
        <source>Picture too slow to draw</source>
        <translation>Bild braucht zu lange zum Zeichnen</translation>
    </message>
    <message>
        <source>Picture too large</source>
        <translation>Bild zu groß</translation>
    </message>
    <message>
        <source>Picture in the wrong format</source>
        <translation>Bild im falschen Format</translation>
    </message>
    <message>
        <source>Picture missing</source>
        <translation>Bild fehlt</translation>
    </message>
    <message>
        <source>Picture can&apos;t be read</source>
        <translation>Bild nicht lesbar</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown: it {reason}.</source>
        <translation>Dieses Bild kann nicht gezeigt werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <source>Pictures must be PNG, JPEG or SVG files.</source>
        <translation>Bilder müssen PNG-, JPEG- oder SVG-Dateien sein.</translation>
    </message>
    <message>
        <source>This picture {reason}.</source>
        <translation>Dieses Bild: {reason}.</translation>
    </message>
    <message>
        <source>This file is not a picture Supple can read.</source>
        <translation>Diese Datei ist kein Bild, das Supple lesen kann.</translation>
    </message>
    <message>
        <source>Step picture</source>
        <translation>Bild des Schritts</translation>
    </message>
    <message>
        <source>Bundled picture…</source>
        <translation>Mitgeliefertes Bild…</translation>
    </message>
    <message>
        <source>Own picture…</source>
        <translation>Eigenes Bild…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file; it is copied next to the routine</source>
        <translation>Eine PNG-, JPEG- oder SVG-Datei; sie wird neben die Routine kopiert</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Bundled: {name}</source>
        <translation>Mitgeliefert: {name}</translation>
    </message>
    <message>
        <source>Own picture: {name}</source>
        <translation>Eigenes Bild: {name}</translation>
    </message>
    <message>
        <source>Also has pictures for: {phases}</source>
        <translation>Hat auch Bilder für: {phases}</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message>
        <source>{routine} (not in the library)</source>
        <translation>{routine} (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>werktags</translation>
    </message>
    <message>
        <source>at weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>am {days}</translation>
    </message>
    <message>
        <source>when I ask (from the tray)</source>
        <translation>auf Abruf</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>{name} ({key})</source>
        <translation>{name} ({key})</translation>
    </message>
    <message>
        <source>Done: end this hold ({key})</source>
        <translation>Fertig: dieses Halten beenden ({key})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Strg+Leertaste</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>Ctrl+Left arrow</source>
        <translation>Strg+Pfeil links</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Shift+Right arrow</source>
        <translation>Umschalt+Pfeil rechts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Mute voice</source>
        <translation>Stimme aus</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>Ctrl+Right arrow</source>
        <translation>Strg+Pfeil rechts</translation>
    </message>
    <message>
        <source>Skip this part ({key}). The whole step: Shift+Right, or hold Skip</source>
        <translation>Diesen Teil überspringen ({key}). Den ganzen Schritt: Umschalt+Rechts, oder „Überspringen“ gedrückt halten</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Strg+M</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Mute the voice</source>
        <translation>Stimme stummschalten</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>{name} (F11)</source>
        <translation>{name} (F11)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation>Schritt {n} von {m}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Held: {n} seconds</source>
        <translation>Gehalten: {n} Sekunden</translation>
    </message>
    <message>
        <source>Time left: {m} min {s} seconds</source>
        <translation>Noch {m} Min. {s} Sekunden</translation>
    </message>
    <message>
        <source>Time left: 1 second</source>
        <translation>Noch 1 Sekunde</translation>
    </message>
    <message>
        <source>Time left: {n} seconds</source>
        <translation>Noch {n} Sekunden</translation>
    </message>
    <message>
        <source>Hold as long as you can</source>
        <translation>Halten, so lange Sie können</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold the breath</source>
        <translation>Luft anhalten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>{description} (shown mirrored, for the right side)</source>
        <translation>{description} (gespiegelt, für die rechte Seite)</translation>
    </message>
    <message>
        <source>Next up: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Breath {n} of {m}</source>
        <translation>Atemzug {n} von {m}</translation>
    </message>
    <message>
        <source>Rep {n} of {m}</source>
        <translation>Wiederholung {n} von {m}</translation>
    </message>
    <message>
        <source>Rep {r} of {rs} · {breath}</source>
        <translation>Wdh. {r} von {rs} · {breath}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Resume ({key})</source>
        <translation>Weiter ({key})</translation>
    </message>
    <message>
        <source>Pause ({key})</source>
        <translation>Pause ({key})</translation>
    </message>
    <message>
        <source>The voice is off; sounds still play. Turn it back on ({key})</source>
        <translation>Die Stimme ist aus; Töne sind weiter zu hören. Wieder einschalten ({key})</translation>
    </message>
    <message>
        <source>Mute the voice; sounds still play ({key})</source>
        <translation>Stimme stummschalten; Töne bleiben ({key})</translation>
    </message>
    <message>
        <source>Unmute voice</source>
        <translation>Stimme an</translation>
    </message>
</context>
<context>
    <name>PosePicker</name>
    <message>
        <source>Choose a bundled picture</source>
        <translation>Mitgeliefertes Bild wählen</translation>
    </message>
    <message>
        <source>Bundled pictures</source>
        <translation>Mitgelieferte Bilder</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>Dieses Bild verwenden</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for {routine}</source>
        <translation>Zeit für {routine}</translation>
    </message>
    <message>
        <source>{minutes} min, as planned for {time}.</source>
        <translation>{minutes} min, wie für {time} geplant.</translation>
    </message>
    <message>
        <source>{minutes} min, planned for {time} and put off till now.</source>
        <translation>{minutes} min, für {time} geplant und bis jetzt verschoben.</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
    <message>
        <source>You have been at the computer for a while. Stand up for {routine} ({minutes} min).</source>
        <translation>Sie sitzen schon eine Weile am Computer. Stehen Sie auf für {routine} ({minutes} min).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Supple öffnen</translation>
    </message>
</context>
<context>
    <name>RemindersPart</name>
    <message>
        <source>Supple is still running</source>
        <translation>Supple läuft weiter</translation>
    </message>
    <message>
        <source>Your reminders go on from the tray. To quit, use Quit Supple in the tray&apos;s menu or File, Quit.</source>
        <translation>Ihre Erinnerungen laufen im Infobereich weiter. Zum Beenden: „Supple beenden“ im Menü des Infobereichs oder Datei, Beenden.</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Daily plan: a reminder at the time, or a tray entry</source>
        <translation>Tagesplan: Erinnerung zur Uhrzeit oder Eintrag im Infobereich</translation>
    </message>
    <message>
        <source>Add a routine to the plan</source>
        <translation>Routine zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>Suggest a movement break</source>
        <translation>Bewegungspause vorschlagen</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> min am Computer</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Break routine:</source>
        <translation>Pausenroutine:</translation>
    </message>
    <message>
        <source>Start Supple when I log in (in the tray)</source>
        <translation>Supple bei der Anmeldung starten (im Infobereich)</translation>
    </message>
    <message>
        <source>While reminders are on, closing the window keeps Supple in the tray; quit from the tray&apos;s menu or File, Quit.</source>
        <translation>Solange Erinnerungen an sind, bleibt Supple nach dem Schließen des Fensters im Infobereich; beenden über dessen Menü oder Datei, Beenden.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>New title for “{title}”:</source>
        <translation>Neuer Titel für „{title}“:</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Editing · Supple</source>
        <translation>Bearbeiten · Supple</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>Could not duplicate the routine</source>
        <translation>Die Routine konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Made “{title}”.</source>
        <translation>„{title}“ angelegt.</translation>
    </message>
    <message>
        <source>Could not rename the routine</source>
        <translation>Die Routine konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <source>Routine ▸ Undo delete brings it back.</source>
        <translation>Routine ▸ Löschen rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation>Die Routine konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Routine ▸ Undo delete brings it back.</source>
        <translation>„{title}“ gelöscht. Routine ▸ Löschen rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Could not bring the routine back</source>
        <translation>Die Routine konnte nicht zurückgeholt werden</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation>„{title}“ ist wieder da.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Supple routines (*.json *.zip)</source>
        <translation>Supple-Routinen (*.json *.zip)</translation>
    </message>
    <message>
        <source>Nothing was imported; your library is as it was.</source>
        <translation>Nichts wurde importiert; Ihre Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>Importing “{name}”…</source>
        <translation>„{name}“ wird importiert…</translation>
    </message>
    <message>
        <source>Importing {n} files…</source>
        <translation>{n} Dateien werden importiert…</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>not imported: Supple was closing</source>
        <translation>nicht importiert: Supple wurde gerade beendet</translation>
    </message>
    <message>
        <source>Imported {n} routines.</source>
        <translation>{n} Routinen importiert.</translation>
    </message>
    <message>
        <source>{n} of them replaced yours.</source>
        <translation>{n} davon haben Ihre ersetzt.</translation>
    </message>
    <message>
        <source>Replaced “{title}” with the imported one.</source>
        <translation>„{title}“ durch die importierte ersetzt.</translation>
    </message>
    <message>
        <source>Imported “{title}” as a second copy; the one you had is unchanged.</source>
        <translation>„{title}“ als zweite Kopie importiert; Ihre bisherige ist unverändert.</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>„{title}“ importiert.</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Supple routine package (*.zip)</source>
        <translation>Supple-Routinenpaket (*.zip)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export nach {path}…</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Nach {path} exportiert</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Please wait: the import is still running.</source>
        <translation>Bitte warten: Der Import läuft noch.</translation>
    </message>
    <message>
        <source>Please wait: the export is still running.</source>
        <translation>Bitte warten: Der Export läuft noch.</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Der Import wird vor dem Schließen beendet…</translation>
    </message>
    <message>
        <source>Finishing the export before closing…</source>
        <translation>Der Export wird vor dem Schließen beendet…</translation>
    </message>
    <message>
        <source>{title}: the problems are listed when the session ends.</source>
        <translation>{title}: Die Probleme werden am Ende der Einheit aufgelistet.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine picture</source>
        <translation>Bild der Routine</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Keine Routine gewählt</translation>
    </message>
    <message>
        <source>This file can&apos;t be used: {path}</source>
        <translation>Diese Datei ist nicht nutzbar: {path}</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>e.g. Morning back care</source>
        <translation>z. B. Rückenpflege am Morgen</translation>
    </message>
    <message>
        <source>What the routine is for, in a sentence or two.</source>
        <translation>Wofür die Routine gedacht ist, in ein, zwei Sätzen.</translation>
    </message>
    <message>
        <source>back, stretch, morning</source>
        <translation>Rücken, Dehnen, Morgen</translation>
    </message>
    <message>
        <source>A caution shown before the routine starts (optional).</source>
        <translation>Ein Warnhinweis vor dem Start der Routine (optional).</translation>
    </message>
    <message>
        <source> s in</source>
        <translation> s ein</translation>
    </message>
    <message>
        <source> s pause</source>
        <translation> s Pause</translation>
    </message>
    <message>
        <source> s out</source>
        <translation> s aus</translation>
    </message>
    <message>
        <source>Default breath {part} seconds</source>
        <translation>Standard-Atem: {part} Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Separated by commas. “Back Pain” is kept as back-pain.</source>
        <translation>Durch Kommas getrennt. „Back Pain“ wird als back-pain gespeichert.</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation>Pause zwischen Schritten</translation>
    </message>
    <message>
        <source>Get ready before each step</source>
        <translation>Vorbereitung vor jedem Schritt</translation>
    </message>
    <message>
        <source>Your own setting in Settings, if you set one, takes its place.</source>
        <translation>Eine eigene Einstellung unter Einstellungen tritt, falls gesetzt, an ihre Stelle.</translation>
    </message>
    <message>
        <source>Every step, unless it says otherwise</source>
        <translation>Jeder Schritt, sofern er nichts anderes sagt</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit a copy</source>
        <translation>&amp;Kopie bearbeiten</translation>
    </message>
</context>
<context>
    <name>RunRequest</name>
    <message>
        <source>Could not start {routine}: {problem}</source>
        <translation>{routine} konnte nicht gestartet werden: {problem}</translation>
    </message>
    <message>
        <source>Start another routine?</source>
        <translation>Eine andere Routine starten?</translation>
    </message>
    <message>
        <source>Stop this session and start “{title}”?</source>
        <translation>Diese Einheit beenden und „{title}“ starten?</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop and start</source>
        <translation>Beenden und starten</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Supple guides you through stretches and gentle exercise. It gives guidance, not a diagnosis.</source>
        <translation>Supple führt Sie durch Dehnungen und sanfte Übungen. Es gibt Anleitung, keine Diagnose.</translation>
    </message>
    <message>
        <source>Move slowly and stay within a range that feels comfortable. Stop at once if the pain gets sharper.</source>
        <translation>Bewegen Sie sich langsam und nur so weit, wie es angenehm ist. Hören Sie sofort auf, wenn der Schmerz stärker wird.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist if the pain is severe, if it lasts or keeps getting worse, or if it comes with numbness, tingling or weakness in your legs.</source>
        <translation>Gehen Sie zu Ärztin, Arzt oder Physiotherapie, wenn der Schmerz stark ist, anhält oder schlimmer wird, oder wenn Taubheit, Kribbeln oder Schwäche in den Beinen dazukommen.</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A stretch session is playing</source>
        <translation>Eine Dehn-Einheit läuft</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>SessionScreens</name>
    <message>
        <source>{title} · Supple</source>
        <translation>{title} · Supple</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press {key} to go on.</source>
        <translation>Pausiert: Der Computer war im Ruhezustand. Mit {key} geht es weiter.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Voice and sounds</source>
        <translation>Stimme und Töne</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Trainingseinheit</translation>
    </message>
    <message>
        <source>Screen, keys, language</source>
        <translation>Bildschirm, Tasten, Sprache</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> Wörter/min</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mute the voice (sounds still play)</source>
        <translation>Stimme stummschalten (Töne bleiben)</translation>
    </message>
    <message>
        <source>Full: names, instructions, counts and breath</source>
        <translation>Voll: Namen, Anleitungen, Zählen und Atem</translation>
    </message>
    <message>
        <source>Brief: names, counts and breath</source>
        <translation>Kurz: Namen, Zählen und Atem</translation>
    </message>
    <message>
        <source>Counts only: counts, breath and repetitions</source>
        <translation>Nur Zählen: Zählen, Atem und Wiederholungen</translation>
    </message>
    <message>
        <source>Silent: say nothing</source>
        <translation>Still: nichts sagen</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <source>What is said:</source>
        <translation>Was gesagt wird:</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Play a sound at each phase, count and the end</source>
        <translation>Ton bei jeder Phase, jeder Zahl und am Ende</translation>
    </message>
    <message>
        <source>Sound volume:</source>
        <translation>Tonlautstärke:</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Get-ready time as the routine says</source>
        <translation>Vorbereitungszeit wie in der Routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time:</source>
        <translation>Vorbereitungszeit:</translation>
    </message>
    <message>
        <source>Breathe as the routine says</source>
        <translation>Atmen wie in der Routine</translation>
    </message>
    <message>
        <source>Breathe in:</source>
        <translation>Einatmen:</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Anhalten:</translation>
    </message>
    <message>
        <source>Breathe out:</source>
        <translation>Ausatmen:</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Keep the screen on during a session</source>
        <translation>Bildschirm während einer Einheit anlassen</translation>
    </message>
    <message>
        <source>One-key shortcuts in the player (Space, arrows, M, Enter)</source>
        <translation>Einzeltasten im Player (Leertaste, Pfeile, M, Eingabe)</translation>
    </message>
    <message>
        <source>Off: only Ctrl+Space, Ctrl+Left, Ctrl+Right, Ctrl+M and Ctrl+Enter work</source>
        <translation>Aus: nur Strg+Leertaste, Strg+Links, Strg+Rechts, Strg+M und Strg+Eingabe wirken</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Ask how my back feels before and after</source>
        <translation>Vorher und nachher nach meinem Rücken fragen</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> min am Tag</translation>
    </message>
    <message>
        <source>No daily goal</source>
        <translation>Kein Tagesziel</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Tagesziel:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies when Supple starts next.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Supple.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>{voice} (not found)</source>
        <translation>{voice} (nicht gefunden)</translation>
    </message>
    <message>
        <source>Could not save the settings in {folder}: {reason}. Nothing was changed. Check that this folder can be written to, then save again, or cancel.</source>
        <translation>Die Einstellungen konnten nicht in {folder} gespeichert werden: {reason}. Nichts wurde geändert. Prüfen Sie, ob der Ordner beschreibbar ist, und speichern Sie erneut, oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Could not save settings: {error}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SpeechBridge</name>
    <message>
        <source>Switch sides. Three, two, one. Breathe in slowly.</source>
        <translation>Seite wechseln. Drei, zwei, eins. Langsam einatmen.</translation>
    </message>
    <message>
        <source>Cues are still shown on screen and sounds still play.</source>
        <translation>Hinweise erscheinen weiter auf dem Bildschirm, und Töne sind zu hören.</translation>
    </message>
    <message>
        <source>Voice unavailable: no offline speech engine was found. {still} To fix it: {hint}</source>
        <translation>Stimme nicht verfügbar: Es wurde keine Offline-Sprachausgabe gefunden. {still} Abhilfe: {hint}</translation>
    </message>
    <message>
        <source>Voice unavailable: the speech engine has no voices installed. {still} To fix it: {hint}</source>
        <translation>Stimme nicht verfügbar: Für die Sprachausgabe sind keine Stimmen installiert. {still} Abhilfe: {hint}</translation>
    </message>
    <message>
        <source>Voice unavailable: the speech engine stopped working. {still} Supple will try it again at the next session.</source>
        <translation>Stimme nicht verfügbar: Die Sprachausgabe funktioniert nicht mehr. {still} Supple versucht es bei der nächsten Einheit erneut.</translation>
    </message>
    <message>
        <source>Sound unavailable: no sound output could be opened. Cues are still shown on screen. To fix it: {hint}</source>
        <translation>Ton nicht verfügbar: Es konnte keine Tonausgabe geöffnet werden. Hinweise erscheinen weiter auf dem Bildschirm. Abhilfe: {hint}</translation>
    </message>
    <message>
        <source>The sound output stopped working. Cues are still shown on screen; Supple tries the sound again every few seconds. To fix it: {hint}</source>
        <translation>Die Tonausgabe funktioniert nicht mehr. Hinweise erscheinen weiter auf dem Bildschirm; Supple versucht es alle paar Sekunden erneut. Abhilfe: {hint}</translation>
    </message>
    <message>
        <source>install the espeak-ng package (Debian/Ubuntu: sudo apt install espeak-ng), then restart Supple.</source>
        <translation>Installieren Sie das Paket espeak-ng (Debian/Ubuntu: sudo apt install espeak-ng) und starten Sie Supple neu.</translation>
    </message>
    <message>
        <source>add a voice in Windows Settings &gt; Time &amp; language &gt; Speech, then restart Supple.</source>
        <translation>Fügen Sie unter Windows-Einstellungen &gt; Zeit und Sprache &gt; Spracherkennung eine Stimme hinzu und starten Sie Supple neu.</translation>
    </message>
    <message>
        <source>add a voice in System Settings &gt; Accessibility &gt; Spoken Content, then restart Supple.</source>
        <translation>Fügen Sie unter Systemeinstellungen &gt; Bedienungshilfen &gt; Gesprochene Inhalte eine Stimme hinzu und starten Sie Supple neu.</translation>
    </message>
    <message>
        <source>install espeak-ng, then restart Supple.</source>
        <translation>Installieren Sie espeak-ng und starten Sie Supple neu.</translation>
    </message>
    <message>
        <source>check that a sound device is connected and not muted, and that the sound server (PipeWire or PulseAudio) is running.</source>
        <translation>Prüfen Sie, ob ein Audiogerät angeschlossen und nicht stumm ist und ob der Soundserver (PipeWire oder PulseAudio) läuft.</translation>
    </message>
    <message>
        <source>check that a sound device is connected and not muted.</source>
        <translation>Prüfen Sie, ob ein Audiogerät angeschlossen und nicht stumm ist.</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>get ready</source>
        <translation>bereit machen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>release</source>
        <translation>lösen</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <source>What the step is called, e.g. Cat-cow</source>
        <translation>Wie der Schritt heißt, z. B. Katze-Kuh</translation>
    </message>
    <message>
        <source>What the picture shows, e.g. Lying on your back, knees falling to the left</source>
        <translation>Was das Bild zeigt, z. B. Rückenlage, Knie fallen nach links</translation>
    </message>
    <message>
        <source>Read by screen readers and shown when the pointer rests on the picture</source>
        <translation>Wird von Bildschirmlesern vorgelesen und erscheint, wenn der Zeiger auf dem Bild ruht</translation>
    </message>
    <message>
        <source>One instruction per line. They are shown and read aloud at the start.</source>
        <translation>Eine Anleitung pro Zeile. Sie werden zu Beginn gezeigt und vorgelesen.</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Until I press Done</source>
        <translation>Bis ich „Fertig“ drücke</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Halten für</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Release between repetitions</source>
        <translation>Lösen zwischen Wiederholungen</translation>
    </message>
    <message>
        <source>times, release</source>
        <translation>Mal, lösen</translation>
    </message>
    <message>
        <source>between</source>
        <translation>dazwischen</translation>
    </message>
    <message>
        <source>One side only</source>
        <translation>Nur eine Seite</translation>
    </message>
    <message>
        <source>Both sides: every repetition left, then right</source>
        <translation>Beide Seiten: jede Wiederholung links, dann rechts</translation>
    </message>
    <message>
        <source>Side to side: left, right, left…</source>
        <translation>Im Wechsel: links, rechts, links…</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Stillhalten</translation>
    </message>
    <message>
        <source>Keep moving (a walk, a march)</source>
        <translation>In Bewegung bleiben (Gehen, Marschieren)</translation>
    </message>
    <message>
        <source>Routine default</source>
        <translation>Vorgabe der Routine</translation>
    </message>
    <message>
        <source>Own breath pace for this step</source>
        <translation>Eigenes Atemtempo für diesen Schritt</translation>
    </message>
    <message>
        <source> s in</source>
        <translation> s ein</translation>
    </message>
    <message>
        <source> s pause</source>
        <translation> s Pause</translation>
    </message>
    <message>
        <source> s out</source>
        <translation> s aus</translation>
    </message>
    <message>
        <source>Breath {part} seconds</source>
        <translation>Atem {part} Sekunden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation>Pause nach diesem Schritt</translation>
    </message>
    <message>
        <source>No rest follows the last step.</source>
        <translation>Nach dem letzten Schritt folgt keine Pause.</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <source>Spoken cues during the hold</source>
        <translation>Gesprochene Hinweise beim Halten</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Breath and cues</source>
        <translation>Atem und Hinweise</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Schritt {n}</translation>
    </message>
    <message>
        <source>These pictures have their own description: {phases}</source>
        <translation>Diese Bilder haben eine eigene Beschreibung: {phases}</translation>
    </message>
    <message>
        <source>Routine default ({n} s)</source>
        <translation>Vorgabe der Routine ({n} s)</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> Atemzüge</translation>
    </message>
    <message>
        <source> s (a guess, for the estimate)</source>
        <translation> s (geschätzt, für die Dauer)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step {n}: {title}, {summary}</source>
        <translation>Schritt {n}: {title}, {summary}</translation>
    </message>
</context>
<context>
    <name>StepRows</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>StopConfirm</name>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Diese Einheit beenden?</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>active time</source>
        <translation>aktive Zeit</translation>
    </message>
    <message>
        <source>steps done</source>
        <translation>Schritte erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>your back, before → after (0 = feels fine, 10 = worst)</source>
        <translation>Ihr Rücken, vorher → nachher (0 = alles gut, 10 = am schlimmsten)</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Back to the library (Enter)</source>
        <translation>Zurück zur Bibliothek (Eingabe)</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>You finished {title}.</source>
        <translation>Sie haben {title} geschafft.</translation>
    </message>
    <message>
        <source>{title}: what you did so far still counts.</source>
        <translation>{title}: Was Sie bisher gemacht haben, zählt trotzdem.</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} von {m}</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Your back: {before} before, {after} after (0 feels fine, 10 worst pain)</source>
        <translation>Ihr Rücken: {before} vorher, {after} nachher (0 alles gut, 10 stärkster Schmerz)</translation>
    </message>
</context>
<context>
    <name>SuppleTray</name>
    <message>
        <source>Today: no practice yet</source>
        <translation>Heute: noch keine Übung</translation>
    </message>
    <message>
        <source>Pause reminders for an hour</source>
        <translation>Erinnerungen eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Today: …</source>
        <translation>Heute: …</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Erinnerungen bis morgen pausieren</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Supple öffnen</translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation>Supple beenden</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} min</source>
        <translation>Heute: {done} von {goal} min</translation>
    </message>
    <message>
        <source>Today: {done} min</source>
        <translation>Heute: {done} min</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <source>Resume reminders (paused until {time})</source>
        <translation>Erinnerungen fortsetzen (pausiert bis {time})</translation>
    </message>
</context>
<context>
    <name>SuppleWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>No sessions this week</source>
        <translation>Keine Einheiten diese Woche</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <source>{day} {date}: {minutes} min, {sessions}</source>
        <translation>{day} {date}: {minutes} Min., {sessions}</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>goal {n} min</source>
        <translation>Ziel {n} min</translation>
    </message>
</context>
<context>
    <name>_CueRow</name>
    <message>
        <source>At</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>When the cue is spoken</source>
        <translation>Wann der Hinweis gesprochen wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cue seconds</source>
        <translation>Sekunden des Hinweises</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Was gesagt wird</translation>
    </message>
    <message>
        <source>Cue text</source>
        <translation>Hinweistext</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation>Hinweis entfernen</translation>
    </message>
</context>
</TS>
