<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>A hands-free coach for stretch and mobility routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines are written for Supple from common advice for easing lower-back pain. They give guidance, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL). Offline voice by pyttsx3 and espeak-ng. Pose illustrations drawn for Supple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Supple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hold} · from {routines}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: how does your back feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. How does your back feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the session. How does your back feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did you stop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it easy. If the pain is sharp, lasts or gets worse, see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it feels, from 0 to 10:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = feels fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number first, or Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownDial</name>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueRows</name>
    <message>
        <source>Add a spoken cue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>{n} breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side to side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be copied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, description, tags, breath pace and rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release time: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} ({title}), {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these to save or preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Your previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown before playing the routine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>‹ Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor and go back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the routine as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet. Add an exercise from the catalogue, or a blank step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an exercise from the bundled routines (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details are in the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log could be written ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in Supple ({count} times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in Supple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}

Supple goes on; if something looks wrong, restart it. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple&apos;s log is in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}  {title} · {minutes} ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: {before} before → {after} after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{answered}&lt;/b&gt; of {offered} reminders answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s reminders: {answered} answered with a session, {postponed} put off at least once, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;-day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no streak yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;-day streak at the week&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no streak at the week&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; day now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; days now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{then} · {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: no sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: {sessions}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}” of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 session to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} sessions to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportConflict</name>
    <message>
        <source>Routine already in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the one you are importing, or keep both? Replacing keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes with Supple and stays. Add the imported one beside it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>about {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} · {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as long as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side to side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one and press Start. Press Enter to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {shown} routine files are shown; {more} more were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move some files out of {folder} to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, can&apos;t be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled routines stay as they are: this makes your own copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Supple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Supple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Picture links to other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture too complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture too slow to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture in the wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture can&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown: it {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <source>Pictures must be PNG, JPEG or SVG files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture Supple can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file; it is copied next to the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own picture: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also has pictures for: {phases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message>
        <source>{routine} (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when I ask (from the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>{name} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this part (Right arrow). The whole step: Shift+Right, or hold Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: end this hold (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold as long as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description} (shown mirrored, for the right side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {r} of {rs} · {breath}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off; sounds still play. Turn it back on (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the voice; sounds still play (M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosePicker</name>
    <message>
        <source>Choose a bundled picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min, as planned for {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min, planned for {time} and put off till now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been at the computer for a while. Stand up for {routine} ({minutes} min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPart</name>
    <message>
        <source>Supple is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders go on from the tray. To quit, use Quit Supple in the tray&apos;s menu or File, Quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily plan: a reminder at the time, or a tray entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Supple when I log in (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While reminders are on, closing the window keeps Supple in the tray; quit from the tray&apos;s menu or File, Quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title for “{title}”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing · Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine ▸ Undo delete brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”. Routine ▸ Undo delete brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the routine back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple routines (*.json *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; your library is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {n} files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: Supple was closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of them replaced yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced “{title}” with the imported one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}” as a second copy; the one you had is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple routine package (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: the import is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: the export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the export before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: the problems are listed when the session ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file can&apos;t be used: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Morning back care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the routine is for, in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back, stretch, morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caution shown before the routine starts (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default breath {part} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas. “Back Pain” is kept as back-pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own setting in Settings, if you set one, takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step, unless it says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRequest</name>
    <message>
        <source>Could not start {routine}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this session and start “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Supple guides you through stretches and gentle exercise. It gives guidance, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly and stay within a range that feels comfortable. Stop at once if the pain gets sharper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist if the pain is severe, if it lasts or keeps getting worse, or if it comes with numbness, tingling or weakness in your legs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A stretch session is playing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionScreens</name>
    <message>
        <source>{title} · Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the voice (sounds still play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: names, instructions, counts and breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief: names, counts and breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: counts, breath and repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent: say nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound at each phase, count and the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready time as the routine says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe as the routine says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the screen on during a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how my back feels before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Supple starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{voice} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings in {folder}: {reason}. Nothing was changed. Check that this folder can be written to, then save again, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Could not save settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechBridge</name>
    <message>
        <source>Switch sides. Three, two, one. Breathe in slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues are still shown on screen and sounds still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice unavailable: no offline speech engine was found. {still} To fix it: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice unavailable: the speech engine has no voices installed. {still} To fix it: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice unavailable: the speech engine stopped working. {still} Supple will try it again at the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound unavailable: no sound output could be opened. Cues are still shown on screen. To fix it: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound output stopped working. Cues are still shown on screen; Supple tries the sound again every few seconds. To fix it: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install the espeak-ng package (Debian/Ubuntu: sudo apt install espeak-ng), then restart Supple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a voice in Windows Settings &gt; Time &amp; language &gt; Speech, then restart Supple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a voice in System Settings &gt; Accessibility &gt; Spoken Content, then restart Supple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install espeak-ng, then restart Supple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that a sound device is connected and not muted, and that the sound server (PipeWire or PulseAudio) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that a sound device is connected and not muted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>What the step is called, e.g. Cat-cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows, e.g. Lying on your back, knees falling to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by screen readers and shown when the pointer rests on the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One instruction per line. They are shown and read aloud at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I press Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release between repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times, release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides: every repetition left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side to side: left, right, left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving (a walk, a march)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own breath pace for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath {part} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rest follows the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues during the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath and cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pictures have their own description: {phases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine default ({n} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s (a guess, for the estimate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}: {title}, {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRows</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopConfirm</name>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your back, before → after (0 = feels fine, 10 = worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: what you did so far still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back: {before} before, {after} after (0 feels fine, 10 worst pain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppleTray</name>
    <message>
        <source>Today: no practice yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {done} of {goal} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {done} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders (paused until {time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppleWindow</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>No sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal {n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CueRow</name>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the cue is spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
