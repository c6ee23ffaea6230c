"""Cue voice and sound effects, with no Qt: a queue in front of an offline engine.

Layout: ``service`` (the conductor thread and its rules in ``cuequeue``),
``voice_worker``/``voice_worker_client`` (the engine in a killable child process),
``engine`` (the speaker interface and its implementations), ``audio`` (one
output stream, with a player process per file as the fallback) and ``mixer``
(what plays in that stream, when), ``sounds`` and ``wavtools``; ``oneshot``
is the bounded, synchronous path for the command line.

pyttsx3 version (for pyproject.toml):

    "pyttsx3>=2.98,!=2.99; sys_platform == 'win32'",
    "pyttsx3>=2.98; sys_platform != 'win32'",

* Windows: 2.99's SAPI5 loop speaks only the first utterance(s) of a process
  (pyttsx3 #402, #419, #440; reported fine on 2.98). Our worker makes many
  ``save_to_file`` calls in one process, exactly that pattern, so 2.99 is out.
* Linux: nothing of pyttsx3's engine loop is used. The worker drives espeak-ng
  synchronously through pyttsx3's ctypes binding (``pyttsx3.drivers._espeak``,
  unchanged in 2.98 and 2.99), because 2.99's asynchronous espeak driver races
  on back-to-back syntheses (measured: files written late, rates ignored) and
  plays through ``aplay``. Any 2.98+ works.
* macOS: ``save_to_file`` on NSSpeechSynthesizer works since the #142 fix
  (before 2.98).
Whatever the version, the engine runs in its own process behind a deadline, so
"run loop already started" (#262, #403) cannot happen and a hang (#126) costs a
restart, not the app.
"""
