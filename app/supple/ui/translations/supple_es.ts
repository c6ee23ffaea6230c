<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>A hands-free coach for stretch and mobility routines.</source>
        <translation>Un entrenador manos libres para rutinas de estiramiento y movilidad.</translation>
    </message>
    <message>
        <source>Routines are written for Supple from common advice for easing lower-back pain. They give guidance, not a diagnosis.</source>
        <translation>Las rutinas se escribieron para Supple a partir de consejos habituales para aliviar el dolor lumbar. Orientan, no diagnostican.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL). Offline voice by pyttsx3 and espeak-ng. Pose illustrations drawn for Supple.</source>
        <translation>Hecho con Qt for Python (PySide6, LGPL). Voz sin conexión de pyttsx3 y espeak-ng. Ilustraciones de posturas dibujadas para Supple.</translation>
    </message>
    <message>
        <source>About Supple</source>
        <translation>Acerca de Supple</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>{hold} · from {routines}</source>
        <translation>{hold} · de {routines}</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Cómo estás</translation>
    </message>
    <message>
        <source>Before you start: how does your back feel?</source>
        <translation>Antes de empezar: ¿cómo notas la espalda?</translation>
    </message>
    <message>
        <source>Well done. How does your back feel now?</source>
        <translation>Bien hecho. ¿Cómo notas ahora la espalda?</translation>
    </message>
    <message>
        <source>You stopped the session. How does your back feel now?</source>
        <translation>Has parado la sesión. ¿Cómo notas ahora la espalda?</translation>
    </message>
    <message>
        <source>Why did you stop?</source>
        <translation>¿Por qué has parado?</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Me dolía</translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Out of time</source>
        <translation>Sin tiempo</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Take it easy. If the pain is sharp, lasts or gets worse, see a doctor or physiotherapist.</source>
        <translation>Tómatelo con calma. Si el dolor es agudo, dura o empeora, consulta a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>How it feels, from 0 to 10:</source>
        <translation>Cómo lo notas, de 0 a 10:</translation>
    </message>
    <message>
        <source>{n} of 10</source>
        <translation>{n} de 10</translation>
    </message>
    <message>
        <source>0 = feels fine</source>
        <translation>0 = bien</translation>
    </message>
    <message>
        <source>10 = worst pain</source>
        <translation>10 = dolor máximo</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Una nota breve (opcional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Choose a number first, or Skip</source>
        <translation>Elige antes un número, o salta</translation>
    </message>
</context>
<context>
    <name>CountdownDial</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>{told}, paused</source>
        <translation>{told}, en pausa</translation>
    </message>
    <message>
        <source>{count}, paused</source>
        <translation>{count}, en pausa</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSA</translation>
    </message>
</context>
<context>
    <name>CueRows</name>
    <message>
        <source>Add a spoken cue</source>
        <translation>Añadir un aviso hablado</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>{n} breaths</source>
        <translation>{n} respiraciones</translation>
    </message>
    <message>
        <source>until Done</source>
        <translation>hasta «Hecho»</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>side to side</source>
        <translation>alternando lados</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (mi copia)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>Cambiar {what}</translation>
    </message>
    <message>
        <source>Change step {n}</source>
        <translation>Cambiar el paso {n}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Paso nuevo</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>Añadir {title}</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>Quitar {title}</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Mover un paso</translation>
    </message>
    <message>
        <source>The picture could not be copied: {reason}</source>
        <translation>No se pudo copiar la imagen: {reason}</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Rutina sin título</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Title, description, tags, breath pace and rests</source>
        <translation>Título, descripción, etiquetas, respiración y descansos</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Corrige antes los problemas</translation>
    </message>
    <message>
        <source>Release time: {message}</source>
        <translation>Tiempo para soltar: {message}</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>tiempo de preparación</translation>
    </message>
    <message>
        <source>release time</source>
        <translation>tiempo para soltar</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>Routine, {field}</source>
        <translation>Rutina, {field}</translation>
    </message>
    <message>
        <source>Step {n} ({title}), {field}</source>
        <translation>Paso {n} ({title}), {field}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Fix these to save or preview:</source>
        <translation>Corrige esto para guardar o previsualizar:</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>Nueva, aún sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved in your routines</source>
        <translation>Guardada en tus rutinas</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown first.</source>
        <translation>No se ha guardado: corrige antes los problemas indicados.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se ha guardado: {problem}</translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation>No se pudo guardar la rutina</translation>
    </message>
    <message>
        <source>{reason}

Your previous version is unchanged.</source>
        <translation>{reason}

Tu versión anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>“{title}” guardada.</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>esta rutina</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>¿Guardar los cambios de “{title}”?</translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation>Si no, se perderán.</translation>
    </message>
    <message>
        <source>Fix the problems shown before playing the routine.</source>
        <translation>Corrige los problemas indicados antes de reproducir la rutina.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>‹ Library</source>
        <translation>‹ Biblioteca</translation>
    </message>
    <message>
        <source>Close the editor and go back to the library</source>
        <translation>Cerrar el editor y volver a la biblioteca</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Play the routine as it is now</source>
        <translation>Reproducir la rutina tal como está</translation>
    </message>
    <message>
        <source>Play from the start</source>
        <translation>Reproducir desde el principio</translation>
    </message>
    <message>
        <source>Play from the selected step</source>
        <translation>Reproducir desde el paso elegido</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>No steps yet. Add an exercise from the catalogue, or a blank step.</source>
        <translation>Aún no hay pasos. Añade un ejercicio del catálogo o un paso en blanco.</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Añadir ejercicio…</translation>
    </message>
    <message>
        <source>Pick an exercise from the bundled routines (Ctrl+Shift+N)</source>
        <translation>Elegir un ejercicio de las rutinas incluidas (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Paso en blanco</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Subir el paso (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Subir paso</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Bajar el paso (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Bajar paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Quitar el paso (Supr)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Los detalles están en el registro: {path}</translation>
    </message>
    <message>
        <source>No log could be written ({problem}).</source>
        <translation>No se pudo escribir el registro ({problem}).</translation>
    </message>
    <message>
        <source>Something went wrong in Supple ({count} times).</source>
        <translation>Algo ha fallado en Supple ({count} veces).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong in Supple.</source>
        <translation>Algo ha fallado en Supple.</translation>
    </message>
    <message>
        <source>{summary}

Supple goes on; if something looks wrong, restart it. {where}</source>
        <translation>{summary}

Supple sigue funcionando; si algo parece mal, reinícialo. {where}</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostrar carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta del registro</translation>
    </message>
    <message>
        <source>Supple&apos;s log is in {folder}</source>
        <translation>El registro de Supple está en {folder}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Borrar sesión</translation>
    </message>
    <message>
        <source>Export all to CSV…</source>
        <translation>Exportar todo a CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
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
        <translation>&lt;b&gt;{n}&lt;/b&gt; sesiones</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; session</source>
        <translation>&lt;b&gt;1&lt;/b&gt; sesión</translation>
    </message>
    <message>
        <source>Back: {before} before → {after} after</source>
        <translation>Espalda: {before} antes → {after} después</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{answered}&lt;/b&gt; of %n reminder(s) answered</source>
        <translation>
            <numerusform>&lt;b&gt;{answered}&lt;/b&gt; de %n recordatorio atendido</numerusform>
            <numerusform>&lt;b&gt;{answered}&lt;/b&gt; de %n recordatorios atendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&apos;s reminders: {answered} answered with a session, {postponed} put off at least once, {skipped} skipped.</source>
        <translation>Recordatorios de esta semana: {answered} atendidos con una sesión, {postponed} aplazados al menos una vez, {skipped} omitidos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;-day streak</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; días seguidos</translation>
    </message>
    <message>
        <source>no streak yet</source>
        <translation>aún sin racha</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;-day streak at the week&apos;s end</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; días seguidos al final de la semana</translation>
    </message>
    <message>
        <source>no streak at the week&apos;s end</source>
        <translation>sin racha al final de la semana</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; day now</source>
        <translation>&lt;b&gt;1&lt;/b&gt; día ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; days now</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; días ahora</translation>
    </message>
    <message>
        <source>{then} · {now}</source>
        <translation>{then} · {now}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: no sessions</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: sin sesiones</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: {sessions}, {minutes} min</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: {sessions}, {minutes} min</translation>
    </message>
    <message>
        <source>Deleted “{title}” of {day}.</source>
        <translation>“{title}” del {day} borrada.</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>un día desconocido</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported 1 session to {path}.</source>
        <translation>1 sesión exportada a {path}.</translation>
    </message>
    <message>
        <source>Exported {n} sessions to {path}.</source>
        <translation>{n} sesiones exportadas a {path}.</translation>
    </message>
</context>
<context>
    <name>ImportConflict</name>
    <message>
        <source>Routine already in your library</source>
        <translation>La rutina ya está en tu biblioteca</translation>
    </message>
    <message>
        <source>You already have “{title}”.</source>
        <translation>Ya tienes “{title}”.</translation>
    </message>
    <message>
        <source>Replace it with the one you are importing, or keep both? Replacing keeps its history.</source>
        <translation>¿Sustituirla por la que importas o conservar las dos? Al sustituirla se conserva su historial.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>It comes with Supple and stays. Add the imported one beside it?</source>
        <translation>Viene con Supple y se queda. ¿Añadir la importada a su lado?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar las dos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>about {n} min</source>
        <translation>unos {n} min</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} pasos</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>aún sin pasos</translation>
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
        <translation>{n} respiraciones</translation>
    </message>
    <message>
        <source>as long as you can</source>
        <translation>todo lo que puedas</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>side to side</source>
        <translation>alternando lados</translation>
    </message>
    <message>
        <source>Can&apos;t be used: {reason}</source>
        <translation>No se puede usar: {reason}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Pick one and press Start. Press Enter to begin.</source>
        <translation>Elige una y pulsa Empezar. Pulsa Intro para comenzar.</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Empezar esta rutina (Intro)</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Only the first {shown} routine files are shown; {more} more were not read.</source>
        <translation>Solo se muestran los primeros {shown} archivos de rutina; {more} más no se leyeron.</translation>
    </message>
    <message>
        <source>Move some files out of {folder} to see the rest.</source>
        <translation>Saca algunos archivos de {folder} para ver el resto.</translation>
    </message>
    <message>
        <source>{title}, can&apos;t be used: {reason}</source>
        <translation>{title}, no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Editar una copia</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Cambiar esta rutina</translation>
    </message>
    <message>
        <source>Bundled routines stay as they are: this makes your own copy</source>
        <translation>Las rutinas incluidas no cambian: esto crea tu propia copia</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Safety notice…</source>
        <translation>Aviso de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;About Supple</source>
        <translation>&amp;Acerca de Supple</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Supple logo</source>
        <translation>Logotipo de Supple</translation>
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
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Picture links to other files</source>
        <translation>La imagen enlaza a otros archivos</translation>
    </message>
    <message>
        <source>Picture too complex</source>
        <translation>Imagen demasiado compleja</translation>
    </message>
    <message>
        <source>Picture too slow to draw</source>
        <translation>Imagen demasiado lenta de dibujar</translation>
    </message>
    <message>
        <source>Picture too large</source>
        <translation>Imagen demasiado grande</translation>
    </message>
    <message>
        <source>Picture in the wrong format</source>
        <translation>Imagen en un formato incorrecto</translation>
    </message>
    <message>
        <source>Picture missing</source>
        <translation>Falta la imagen</translation>
    </message>
    <message>
        <source>Picture can&apos;t be read</source>
        <translation>No se puede leer la imagen</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown: it {reason}.</source>
        <translation>Esta imagen no se puede mostrar: {reason}.</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <source>Pictures must be PNG, JPEG or SVG files.</source>
        <translation>Las imágenes deben ser archivos PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>This picture {reason}.</source>
        <translation>Esta imagen: {reason}.</translation>
    </message>
    <message>
        <source>This file is not a picture Supple can read.</source>
        <translation>Este archivo no es una imagen que Supple pueda leer.</translation>
    </message>
    <message>
        <source>Step picture</source>
        <translation>Imagen del paso</translation>
    </message>
    <message>
        <source>Bundled picture…</source>
        <translation>Imagen incluida…</translation>
    </message>
    <message>
        <source>Own picture…</source>
        <translation>Imagen propia…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file; it is copied next to the routine</source>
        <translation>Un archivo PNG, JPEG o SVG; se copia junto a la rutina</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Bundled: {name}</source>
        <translation>Incluida: {name}</translation>
    </message>
    <message>
        <source>Own picture: {name}</source>
        <translation>Imagen propia: {name}</translation>
    </message>
    <message>
        <source>Also has pictures for: {phases}</source>
        <translation>También tiene imágenes para: {phases}</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message>
        <source>{routine} (not in the library)</source>
        <translation>{routine} (no está en la biblioteca)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>entre semana</translation>
    </message>
    <message>
        <source>at weekends</source>
        <translation>fines de semana</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>los {days}</translation>
    </message>
    <message>
        <source>when I ask (from the tray)</source>
        <translation>a petición</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Hecho: terminar esta postura ({key})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Espacio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Ctrl+Left arrow</source>
        <translation>Ctrl+Flecha izquierda</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Saltar paso</translation>
    </message>
    <message>
        <source>Shift+Right arrow</source>
        <translation>Mayús+Flecha derecha</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Mute voice</source>
        <translation>Silenciar voz</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>Ctrl+Right arrow</source>
        <translation>Ctrl+Flecha derecha</translation>
    </message>
    <message>
        <source>Skip this part ({key}). The whole step: Shift+Right, or hold Skip</source>
        <translation>Saltar esta parte ({key}). Todo el paso: Mayús+Derecha, o mantén pulsado Saltar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o seguir</translation>
    </message>
    <message>
        <source>Mute the voice</source>
        <translation>Silenciar la voz</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>{name} (F11)</source>
        <translation>{name} (F11)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation>Paso {n} de {m}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Held: {n} seconds</source>
        <translation>Mantenido: {n} segundos</translation>
    </message>
    <message>
        <source>Time left: {m} min {s} seconds</source>
        <translation>Quedan {m} min {s} segundos</translation>
    </message>
    <message>
        <source>Time left: 1 second</source>
        <translation>Queda 1 segundo</translation>
    </message>
    <message>
        <source>Time left: {n} seconds</source>
        <translation>Quedan {n} segundos</translation>
    </message>
    <message>
        <source>Hold as long as you can</source>
        <translation>Mantén todo lo que puedas</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Sigue moviéndote</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Hold the breath</source>
        <translation>Retén el aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relájate</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>{description} (shown mirrored, for the right side)</source>
        <translation>{description} (en espejo, para el lado derecho)</translation>
    </message>
    <message>
        <source>Next up: {title}</source>
        <translation>A continuación: {title}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Breath {n} of {m}</source>
        <translation>Respiración {n} de {m}</translation>
    </message>
    <message>
        <source>Rep {n} of {m}</source>
        <translation>Repetición {n} de {m}</translation>
    </message>
    <message>
        <source>Rep {r} of {rs} · {breath}</source>
        <translation>Rep. {r} de {rs} · {breath}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume ({key})</source>
        <translation>Seguir ({key})</translation>
    </message>
    <message>
        <source>Pause ({key})</source>
        <translation>Pausa ({key})</translation>
    </message>
    <message>
        <source>The voice is off; sounds still play. Turn it back on ({key})</source>
        <translation>La voz está apagada; los sonidos siguen. Volver a activarla ({key})</translation>
    </message>
    <message>
        <source>Mute the voice; sounds still play ({key})</source>
        <translation>Silenciar la voz; los sonidos siguen ({key})</translation>
    </message>
    <message>
        <source>Unmute voice</source>
        <translation>Activar voz</translation>
    </message>
</context>
<context>
    <name>PosePicker</name>
    <message>
        <source>Choose a bundled picture</source>
        <translation>Elegir una imagen incluida</translation>
    </message>
    <message>
        <source>Bundled pictures</source>
        <translation>Imágenes incluidas</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>Usar esta imagen</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for {routine}</source>
        <translation>Es la hora de {routine}</translation>
    </message>
    <message>
        <source>{minutes} min, as planned for {time}.</source>
        <translation>{minutes} min, según lo previsto para las {time}.</translation>
    </message>
    <message>
        <source>{minutes} min, planned for {time} and put off till now.</source>
        <translation>{minutes} min, previsto para las {time} y aplazado hasta ahora.</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de moverse</translation>
    </message>
    <message>
        <source>You have been at the computer for a while. Stand up for {routine} ({minutes} min).</source>
        <translation>Llevas un rato ante el ordenador. Levántate para {routine} ({minutes} min).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Abrir Supple</translation>
    </message>
</context>
<context>
    <name>RemindersPart</name>
    <message>
        <source>Supple is still running</source>
        <translation>Supple sigue en marcha</translation>
    </message>
    <message>
        <source>Your reminders go on from the tray. To quit, use Quit Supple in the tray&apos;s menu or File, Quit.</source>
        <translation>Tus recordatorios siguen desde la bandeja. Para salir, usa Salir de Supple en el menú de la bandeja o Archivo, Salir.</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Daily plan: a reminder at the time, or a tray entry</source>
        <translation>Plan diario: aviso a la hora o entrada en la bandeja</translation>
    </message>
    <message>
        <source>Add a routine to the plan</source>
        <translation>Añadir una rutina al plan</translation>
    </message>
    <message>
        <source>Suggest a movement break</source>
        <translation>Sugerir una pausa activa</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> min ante el ordenador</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Tras:</translation>
    </message>
    <message>
        <source>Break routine:</source>
        <translation>Rutina de pausa:</translation>
    </message>
    <message>
        <source>Start Supple when I log in (in the tray)</source>
        <translation>Iniciar Supple al entrar en la sesión (en la bandeja)</translation>
    </message>
    <message>
        <source>While reminders are on, closing the window keeps Supple in the tray; quit from the tray&apos;s menu or File, Quit.</source>
        <translation>Con los recordatorios activos, al cerrar la ventana Supple sigue en la bandeja; sal desde su menú o con Archivo, Salir.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename routine</source>
        <translation>Cambiar el nombre de la rutina</translation>
    </message>
    <message>
        <source>New title for “{title}”:</source>
        <translation>Nuevo título para “{title}”:</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Editing · Supple</source>
        <translation>Edición · Supple</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
    <message>
        <source>Could not duplicate the routine</source>
        <translation>No se pudo duplicar la rutina</translation>
    </message>
    <message>
        <source>Made “{title}”.</source>
        <translation>“{title}” creada.</translation>
    </message>
    <message>
        <source>Could not rename the routine</source>
        <translation>No se pudo cambiar el nombre de la rutina</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar “{title}”?</translation>
    </message>
    <message>
        <source>Routine ▸ Undo delete brings it back.</source>
        <translation>Rutina ▸ Deshacer eliminación la recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation>No se pudo eliminar la rutina</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Routine ▸ Undo delete brings it back.</source>
        <translation>“{title}” eliminada. Rutina ▸ Deshacer eliminación la recupera.</translation>
    </message>
    <message>
        <source>Could not bring the routine back</source>
        <translation>No se pudo recuperar la rutina</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation>“{title}” ha vuelto.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Supple routines (*.json *.zip)</source>
        <translation>Rutinas de Supple (*.json *.zip)</translation>
    </message>
    <message>
        <source>Nothing was imported; your library is as it was.</source>
        <translation>No se importó nada; tu biblioteca sigue igual.</translation>
    </message>
    <message>
        <source>Importing “{name}”…</source>
        <translation>Importando “{name}”…</translation>
    </message>
    <message>
        <source>Importing {n} files…</source>
        <translation>Importando {n} archivos…</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>not imported: Supple was closing</source>
        <translation>no importada: Supple se estaba cerrando</translation>
    </message>
    <message>
        <source>Imported {n} routines.</source>
        <translation>{n} rutinas importadas.</translation>
    </message>
    <message>
        <source>{n} of them replaced yours.</source>
        <translation>{n} de ellas sustituyeron a las tuyas.</translation>
    </message>
    <message>
        <source>Replaced “{title}” with the imported one.</source>
        <translation>“{title}” sustituida por la importada.</translation>
    </message>
    <message>
        <source>Imported “{title}” as a second copy; the one you had is unchanged.</source>
        <translation>“{title}” importada como segunda copia; la que tenías no cambia.</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>“{title}” importada.</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Supple routine package (*.zip)</source>
        <translation>Paquete de rutina de Supple (*.zip)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Exportando a {path}…</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportada a {path}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Please wait: the import is still running.</source>
        <translation>Espera: la importación sigue en curso.</translation>
    </message>
    <message>
        <source>Please wait: the export is still running.</source>
        <translation>Espera: la exportación sigue en curso.</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Terminando la importación antes de cerrar…</translation>
    </message>
    <message>
        <source>Finishing the export before closing…</source>
        <translation>Terminando la exportación antes de cerrar…</translation>
    </message>
    <message>
        <source>{title}: the problems are listed when the session ends.</source>
        <translation>{title}: los problemas se indican al terminar la sesión.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine picture</source>
        <translation>Imagen de la rutina</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Ninguna rutina elegida</translation>
    </message>
    <message>
        <source>This file can&apos;t be used: {path}</source>
        <translation>Este archivo no se puede usar: {path}</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>e.g. Morning back care</source>
        <translation>p. ej., Cuidado matinal de la espalda</translation>
    </message>
    <message>
        <source>What the routine is for, in a sentence or two.</source>
        <translation>Para qué sirve la rutina, en una o dos frases.</translation>
    </message>
    <message>
        <source>back, stretch, morning</source>
        <translation>espalda, estiramiento, mañana</translation>
    </message>
    <message>
        <source>A caution shown before the routine starts (optional).</source>
        <translation>Una advertencia que se muestra antes de empezar (opcional).</translation>
    </message>
    <message>
        <source> s in</source>
        <translation> s inspirar</translation>
    </message>
    <message>
        <source> s pause</source>
        <translation> s pausa</translation>
    </message>
    <message>
        <source> s out</source>
        <translation> s espirar</translation>
    </message>
    <message>
        <source>Default breath {part} seconds</source>
        <translation>Respiración por defecto: {part} segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separated by commas. “Back Pain” is kept as back-pain.</source>
        <translation>Separadas por comas. “Back Pain” se guarda como back-pain.</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Ritmo de respiración</translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation>Descanso entre pasos</translation>
    </message>
    <message>
        <source>Get ready before each step</source>
        <translation>Preparación antes de cada paso</translation>
    </message>
    <message>
        <source>Your own setting in Settings, if you set one, takes its place.</source>
        <translation>Tu propio ajuste en Ajustes, si lo has fijado, la sustituye.</translation>
    </message>
    <message>
        <source>Every step, unless it says otherwise</source>
        <translation>Cada paso, salvo que indique otra cosa</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Nueva rutina</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Edit a copy</source>
        <translation>&amp;Editar una copia</translation>
    </message>
</context>
<context>
    <name>RunRequest</name>
    <message>
        <source>Could not start {routine}: {problem}</source>
        <translation>No se pudo empezar {routine}: {problem}</translation>
    </message>
    <message>
        <source>Start another routine?</source>
        <translation>¿Empezar otra rutina?</translation>
    </message>
    <message>
        <source>Stop this session and start “{title}”?</source>
        <translation>¿Parar esta sesión y empezar “{title}”?</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Lo que has hecho hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>Stop and start</source>
        <translation>Parar y empezar</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Supple guides you through stretches and gentle exercise. It gives guidance, not a diagnosis.</source>
        <translation>Supple te guía por estiramientos y ejercicios suaves. Orienta, no diagnostica.</translation>
    </message>
    <message>
        <source>Move slowly and stay within a range that feels comfortable. Stop at once if the pain gets sharper.</source>
        <translation>Muévete despacio y dentro de un margen cómodo. Para enseguida si el dolor se agudiza.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist if the pain is severe, if it lasts or keeps getting worse, or if it comes with numbness, tingling or weakness in your legs.</source>
        <translation>Consulta a un médico o fisioterapeuta si el dolor es fuerte, dura o sigue empeorando, o si viene con entumecimiento, hormigueo o debilidad en las piernas.</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A stretch session is playing</source>
        <translation>Hay una sesión de estiramientos en curso</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
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
        <translation>En pausa: el ordenador estaba en reposo. Pulsa {key} para seguir.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Voice and sounds</source>
        <translation>Voz y sonidos</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Screen, keys, language</source>
        <translation>Pantalla, teclas, idioma</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mute the voice (sounds still play)</source>
        <translation>Silenciar la voz (los sonidos siguen)</translation>
    </message>
    <message>
        <source>Full: names, instructions, counts and breath</source>
        <translation>Todo: nombres, pasos, cuenta y respiración</translation>
    </message>
    <message>
        <source>Brief: names, counts and breath</source>
        <translation>Breve: nombres, conteo y respiración</translation>
    </message>
    <message>
        <source>Counts only: counts, breath and repetitions</source>
        <translation>Solo conteo: conteo, respiración y repeticiones</translation>
    </message>
    <message>
        <source>Silent: say nothing</source>
        <translation>En silencio: no decir nada</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar voz</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>What is said:</source>
        <translation>Qué se dice:</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>Play a sound at each phase, count and the end</source>
        <translation>Sonido en cada fase, cada número y al final</translation>
    </message>
    <message>
        <source>Sound volume:</source>
        <translation>Volumen del sonido:</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Get-ready time as the routine says</source>
        <translation>Preparación según la rutina</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time:</source>
        <translation>Preparación:</translation>
    </message>
    <message>
        <source>Breathe as the routine says</source>
        <translation>Respirar según la rutina</translation>
    </message>
    <message>
        <source>Breathe in:</source>
        <translation>Inspirar:</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Retener:</translation>
    </message>
    <message>
        <source>Breathe out:</source>
        <translation>Espirar:</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Keep the screen on during a session</source>
        <translation>Pantalla encendida durante la sesión</translation>
    </message>
    <message>
        <source>One-key shortcuts in the player (Space, arrows, M, Enter)</source>
        <translation>Atajos de una tecla en el reproductor (Espacio, flechas, M, Intro)</translation>
    </message>
    <message>
        <source>Off: only Ctrl+Space, Ctrl+Left, Ctrl+Right, Ctrl+M and Ctrl+Enter work</source>
        <translation>Desactivado: solo funcionan Ctrl+Espacio, Ctrl+Izquierda, Ctrl+Derecha, Ctrl+M y Ctrl+Intro</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Ask how my back feels before and after</source>
        <translation>Preguntar por mi espalda antes y después</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> min al día</translation>
    </message>
    <message>
        <source>No daily goal</source>
        <translation>Sin objetivo diario</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Objetivo diario:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies when Supple starts next.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Supple.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>{voice} (not found)</source>
        <translation>{voice} (no encontrada)</translation>
    </message>
    <message>
        <source>Could not save the settings in {folder}: {reason}. Nothing was changed. Check that this folder can be written to, then save again, or cancel.</source>
        <translation>No se pudieron guardar los ajustes en {folder}: {reason}. No se ha cambiado nada. Comprueba que se puede escribir en esa carpeta y vuelve a guardar, o cancela.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Could not save settings: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>SpeechBridge</name>
    <message>
        <source>Switch sides. Three, two, one. Breathe in slowly.</source>
        <translation>Cambia de lado. Tres, dos, uno. Inspira despacio.</translation>
    </message>
    <message>
        <source>Cues are still shown on screen and sounds still play.</source>
        <translation>Los avisos se siguen mostrando en pantalla y los sonidos siguen sonando.</translation>
    </message>
    <message>
        <source>Voice unavailable: no offline speech engine was found. {still} To fix it: {hint}</source>
        <translation>Voz no disponible: no se encontró ningún motor de voz sin conexión. {still} Para arreglarlo: {hint}</translation>
    </message>
    <message>
        <source>Voice unavailable: the speech engine has no voices installed. {still} To fix it: {hint}</source>
        <translation>Voz no disponible: el motor de voz no tiene voces instaladas. {still} Para arreglarlo: {hint}</translation>
    </message>
    <message>
        <source>Voice unavailable: the speech engine stopped working. {still} Supple will try it again at the next session.</source>
        <translation>Voz no disponible: el motor de voz dejó de funcionar. {still} Supple lo volverá a intentar en la próxima sesión.</translation>
    </message>
    <message>
        <source>Sound unavailable: no sound output could be opened. Cues are still shown on screen. To fix it: {hint}</source>
        <translation>Sonido no disponible: no se pudo abrir ninguna salida de sonido. Los avisos se siguen mostrando en pantalla. Para arreglarlo: {hint}</translation>
    </message>
    <message>
        <source>The sound output stopped working. Cues are still shown on screen; Supple tries the sound again every few seconds. To fix it: {hint}</source>
        <translation>La salida de sonido dejó de funcionar. Los avisos se siguen mostrando en pantalla; Supple vuelve a probar el sonido cada pocos segundos. Para arreglarlo: {hint}</translation>
    </message>
    <message>
        <source>install the espeak-ng package (Debian/Ubuntu: sudo apt install espeak-ng), then restart Supple.</source>
        <translation>instala el paquete espeak-ng (Debian/Ubuntu: sudo apt install espeak-ng) y reinicia Supple.</translation>
    </message>
    <message>
        <source>add a voice in Windows Settings &gt; Time &amp; language &gt; Speech, then restart Supple.</source>
        <translation>añade una voz en Configuración de Windows &gt; Hora e idioma &gt; Voz y reinicia Supple.</translation>
    </message>
    <message>
        <source>add a voice in System Settings &gt; Accessibility &gt; Spoken Content, then restart Supple.</source>
        <translation>añade una voz en Ajustes del Sistema &gt; Accesibilidad &gt; Contenido leído y reinicia Supple.</translation>
    </message>
    <message>
        <source>install espeak-ng, then restart Supple.</source>
        <translation>instala espeak-ng y reinicia Supple.</translation>
    </message>
    <message>
        <source>check that a sound device is connected and not muted, and that the sound server (PipeWire or PulseAudio) is running.</source>
        <translation>comprueba que hay un dispositivo de sonido conectado y sin silenciar, y que el servidor de sonido (PipeWire o PulseAudio) está en marcha.</translation>
    </message>
    <message>
        <source>check that a sound device is connected and not muted.</source>
        <translation>comprueba que hay un dispositivo de sonido conectado y sin silenciar.</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>get ready</source>
        <translation>prepararse</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <source>release</source>
        <translation>soltar</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inspirar</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>espirar</translation>
    </message>
    <message>
        <source>What the step is called, e.g. Cat-cow</source>
        <translation>Cómo se llama el paso, p. ej., Gato-vaca</translation>
    </message>
    <message>
        <source>What the picture shows, e.g. Lying on your back, knees falling to the left</source>
        <translation>Qué muestra la imagen, p. ej., Tumbado boca arriba, rodillas hacia la izquierda</translation>
    </message>
    <message>
        <source>Read by screen readers and shown when the pointer rests on the picture</source>
        <translation>Lo leen los lectores de pantalla y aparece al dejar el puntero sobre la imagen</translation>
    </message>
    <message>
        <source>One instruction per line. They are shown and read aloud at the start.</source>
        <translation>Una instrucción por línea. Se muestran y se leen en voz alta al empezar.</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>Until I press Done</source>
        <translation>Hasta que pulse Hecho</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Mantener durante</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Duración de la postura</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Release between repetitions</source>
        <translation>Soltar entre repeticiones</translation>
    </message>
    <message>
        <source>times, release</source>
        <translation>veces, soltar</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre medias</translation>
    </message>
    <message>
        <source>One side only</source>
        <translation>Solo un lado</translation>
    </message>
    <message>
        <source>Both sides: every repetition left, then right</source>
        <translation>Ambos lados: cada repetición a la izquierda y luego a la derecha</translation>
    </message>
    <message>
        <source>Side to side: left, right, left…</source>
        <translation>Alternando: izquierda, derecha, izquierda…</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Quieto</translation>
    </message>
    <message>
        <source>Keep moving (a walk, a march)</source>
        <translation>En movimiento (caminar, marchar)</translation>
    </message>
    <message>
        <source>Routine default</source>
        <translation>Valor de la rutina</translation>
    </message>
    <message>
        <source>Own breath pace for this step</source>
        <translation>Ritmo de respiración propio para este paso</translation>
    </message>
    <message>
        <source> s in</source>
        <translation> s inspirar</translation>
    </message>
    <message>
        <source> s pause</source>
        <translation> s pausa</translation>
    </message>
    <message>
        <source> s out</source>
        <translation> s espirar</translation>
    </message>
    <message>
        <source>Breath {part} seconds</source>
        <translation>Respiración: {part} segundos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>Descripción de la imagen</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation>Descanso tras este paso</translation>
    </message>
    <message>
        <source>No rest follows the last step.</source>
        <translation>Tras el último paso no hay descanso.</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Spoken cues during the hold</source>
        <translation>Avisos hablados durante la postura</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Breath and cues</source>
        <translation>Respiración y avisos</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Paso {n}</translation>
    </message>
    <message>
        <source>These pictures have their own description: {phases}</source>
        <translation>Estas imágenes tienen su propia descripción: {phases}</translation>
    </message>
    <message>
        <source>Routine default ({n} s)</source>
        <translation>Valor de la rutina ({n} s)</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respiraciones</translation>
    </message>
    <message>
        <source> s (a guess, for the estimate)</source>
        <translation> s (estimación, para calcular la duración)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step {n}: {title}, {summary}</source>
        <translation>Paso {n}: {title}, {summary}</translation>
    </message>
</context>
<context>
    <name>StepRows</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>StopConfirm</name>
    <message>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>¿Parar esta sesión?</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Lo que has hecho hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Parar sesión</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>active time</source>
        <translation>tiempo activo</translation>
    </message>
    <message>
        <source>steps done</source>
        <translation>pasos hechos</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltados</translation>
    </message>
    <message>
        <source>your back, before → after (0 = feels fine, 10 = worst)</source>
        <translation>tu espalda, antes → después (0 = bien, 10 = peor)</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Back to the library (Enter)</source>
        <translation>Volver a la biblioteca (Intro)</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión parada</translation>
    </message>
    <message>
        <source>You finished {title}.</source>
        <translation>Has terminado {title}.</translation>
    </message>
    <message>
        <source>{title}: what you did so far still counts.</source>
        <translation>{title}: lo que has hecho hasta ahora cuenta igual.</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} de {m}</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>paso hecho</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Your back: {before} before, {after} after (0 feels fine, 10 worst pain)</source>
        <translation>Tu espalda: {before} antes, {after} después (0 bien, 10 dolor máximo)</translation>
    </message>
</context>
<context>
    <name>SuppleTray</name>
    <message>
        <source>Today: no practice yet</source>
        <translation>Hoy: aún sin practicar</translation>
    </message>
    <message>
        <source>Pause reminders for an hour</source>
        <translation>Pausar recordatorios una hora</translation>
    </message>
    <message>
        <source>Today: …</source>
        <translation>Hoy: …</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar recordatorios hasta mañana</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Abrir Supple</translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation>Salir de Supple</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} min</source>
        <translation>Hoy: {done} de {goal} min</translation>
    </message>
    <message>
        <source>Today: {done} min</source>
        <translation>Hoy: {done} min</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>Empezar {routine}</translation>
    </message>
    <message>
        <source>Resume reminders (paused until {time})</source>
        <translation>Reanudar recordatorios (en pausa hasta las {time})</translation>
    </message>
</context>
<context>
    <name>SuppleWindow</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>No sessions this week</source>
        <translation>Sin sesiones esta semana</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>{day} {date}: {minutes} min, {sessions}</source>
        <translation>{day} {date}: {minutes} min, {sessions}</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutos por día</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>goal {n} min</source>
        <translation>objetivo {n} min</translation>
    </message>
</context>
<context>
    <name>_CueRow</name>
    <message>
        <source>At</source>
        <translation>A los</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>When the cue is spoken</source>
        <translation>Cuándo se dice el aviso</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cue seconds</source>
        <translation>Segundos del aviso</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <source>Cue text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation>Quitar aviso</translation>
    </message>
</context>
</TS>
