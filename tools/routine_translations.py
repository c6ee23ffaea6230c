"""The bundled routines' words in German and Spanish, for tools/make_routines.py.

Only words: every fact (holds, counts, sides, pictures) is make_routines.py's,
and each text here says the same as its English one there (written for Supple,
not a machine translation). Steps are keyed by their English title; timed cues
are listed in the step's order; pictures' descriptions by bundled pose name.
Spoken phrases of the session itself are in app/supple/session/phrases.py.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("de", "es")

SAFETY = {
    "de": (
        "Bewegen Sie sich langsam und nur so weit, wie es angenehm ist. Hören Sie auf, wenn der "
        "Schmerz schärfer wird. Gehen Sie zu einer Ärztin, einem Arzt oder in die "
        "Physiotherapie, wenn der Schmerz stark ist, anhält oder immer schlimmer wird, oder "
        "wenn Taubheit, Kribbeln oder Schwäche in den Beinen dazukommen. Diese Routine ist eine "
        "Anleitung, keine Diagnose."
    ),
    "es": (
        "Muévete despacio y solo hasta donde te resulte cómodo. Para si el dolor se vuelve más "
        "agudo. Consulta a un médico o fisioterapeuta si el dolor es fuerte, si dura o sigue "
        "empeorando, o si aparece con entumecimiento, hormigueo o debilidad en las piernas. "
        "Esta rutina es una guía, no un diagnóstico."
    ),
}
IN_A_SPASM = {
    "de": (
        "Bei einem Hexenschuss: Ruhen Sie sich kurz aus, wenn Sie es brauchen, und bleiben Sie "
        "dann sanft in Bewegung, mit Dehnungen wie diesen. Bleiben Sie nicht länger als zwei, "
        "drei Tage im Bett: Wer lange still liegt, schwächt die Muskeln. Wärme (oder eine "
        "Kältepackung) hilft dem Muskel, loszulassen, und trinken Sie genug Wasser."
    ),
    "es": (
        "Durante un espasmo: descansa un rato si lo necesitas y luego sigue moviéndote con "
        "suavidad, con estiramientos como estos. No te quedes en la cama más de dos o tres "
        "días: estar quieto más tiempo debilita los músculos. El calor (o una bolsa de frío) "
        "ayuda a que el músculo se suelte, y bebe suficiente agua."
    ),
}
KNEE_PAD = {
    "de": "Empfindliche Knie? Auf einem gefalteten Handtuch oder einer Decke knien.",
    "es": "¿Rodillas sensibles? Arrodíllate sobre una toalla o una manta doblada.",
}

POSE_ALT = {
    "de": {
        "all-fours": "Im Vierfüßlerstand, Rücken gerade, Knie unter den Hüften, Handgelenke "
        "unter den Schultern",
        "cow": "Im Vierfüßlerstand, Rücken nach unten gewölbt, Kopf gehoben",
        "cat": "Im Vierfüßlerstand, Rücken nach oben gerundet, Kopf gesenkt",
        "child-pose": "Kniend auf die Fersen gesetzt, Brust auf den Oberschenkeln, Stirn unten, "
        "Arme locker nach vorn, Ellbogen am Boden",
        "prayer-pose": "Kniend zu den Fersen gesetzt, Stirn am Boden, Arme lang nach vorn "
        "gestreckt, Handflächen aneinander",
        "hip-lift-down": "Auf dem Rücken, Knie gebeugt, Füße flach am Boden, Arme neben dem Körper",
        "hip-lift-up": "Auf dem Rücken, Knie gebeugt, Arme neben dem Körper, Hüfte ein wenig "
        "vom Boden gehoben",
        "bridge-up": "Auf dem Rücken, Hüfte hoch gehoben: eine gerade Linie von den Schultern "
        "bis zu den Knien",
        "pelvic-tilt": "Auf dem Rücken, Knie gebeugt, unterer Rücken flach an den Boden gedrückt",
        "supine-twist": "Auf dem Rücken, Schultern flach, gebeugte Knie zusammen nach links "
        "gerollt",
        "supine-twist-start": "Auf dem Rücken, Arme weit ausgebreitet, Knie gebeugt und "
        "zusammen, nach oben zeigend",
        "pelvic-tilt-rest": "Auf dem Rücken, Knie gebeugt, Füße flach, eine kleine Mulde unter "
        "dem unteren Rücken",
        "knees-to-chest": "Auf dem Rücken, Knie zur Brust gezogen, Hände halten die Schienbeine",
        "side-knee-drop": "Auf dem Rücken, Arme neben dem Körper, gebeugte Knie fallen "
        "zusammen nach links",
        "shoelace": "Auf dem Boden sitzend, Knie übereinander, das linke oben, Hände auf den "
        "Füßen, Rücken aufrecht",
        "shoelace-fold": "Auf dem Boden sitzend, Knie übereinander, das linke oben, Oberkörper "
        "über die Beine nach vorn gebeugt",
        "hamstring-stretch": "Auf dem Boden sitzend, linkes Bein gestreckt, rechtes gebeugt, "
        "nach vorn zu den linken Zehen gelehnt",
        "plank": "Auf Unterarmen und Zehen, der Körper eine gerade Linie vom Kopf bis zu den "
        "Fersen",
        "standing": "Aufrecht stehend, Arme locker neben dem Körper",
        "march": "Aufrecht, auf der Stelle marschierend, ein Knie gehoben",
        "walking": "Aufrecht gehend mitten im Schritt, Arme schwingen mit",
    },
    "es": {
        "all-fours": "A cuatro patas, espalda recta, rodillas bajo las caderas, muñecas bajo "
        "los hombros",
        "cow": "A cuatro patas, espalda arqueada hacia abajo, cabeza levantada",
        "cat": "A cuatro patas, espalda redondeada hacia arriba, cabeza caída",
        "child-pose": "De rodillas, sentado sobre los talones, pecho sobre los muslos, frente "
        "abajo, brazos relajados hacia delante con los codos en el suelo",
        "prayer-pose": "De rodillas, sentado hacia los talones, frente en el suelo, brazos "
        "estirados hacia delante, palmas juntas",
        "hip-lift-down": "Tumbado boca arriba, rodillas dobladas, pies apoyados en el suelo, "
        "brazos a los lados",
        "hip-lift-up": "Tumbado boca arriba, rodillas dobladas, brazos a los lados, caderas un "
        "poco levantadas del suelo",
        "bridge-up": "Tumbado boca arriba, caderas bien altas: una línea recta de los hombros a "
        "las rodillas",
        "pelvic-tilt": "Tumbado boca arriba, rodillas dobladas, zona lumbar apretada contra el "
        "suelo",
        "supine-twist": "Tumbado boca arriba, hombros apoyados, rodillas dobladas juntas giradas "
        "hacia la izquierda",
        "supine-twist-start": "Tumbado boca arriba, brazos bien abiertos, rodillas dobladas y "
        "juntas, apuntando hacia arriba",
        "pelvic-tilt-rest": "Tumbado boca arriba, rodillas dobladas, pies apoyados, un pequeño "
        "hueco bajo la zona lumbar",
        "knees-to-chest": "Tumbado boca arriba, rodillas hacia el pecho, manos sujetando las "
        "espinillas",
        "side-knee-drop": "Tumbado boca arriba, brazos a los lados, rodillas dobladas cayendo "
        "juntas hacia la izquierda",
        "shoelace": "Sentado en el suelo, rodillas cruzadas con la izquierda encima, manos en "
        "los pies, espalda erguida",
        "shoelace-fold": "Sentado en el suelo, rodillas cruzadas con la izquierda encima, pecho "
        "inclinado hacia delante sobre las piernas",
        "hamstring-stretch": "Sentado en el suelo, pierna izquierda estirada, derecha doblada, "
        "inclinado hacia los dedos del pie izquierdo",
        "plank": "Apoyado en antebrazos y puntas de los pies, el cuerpo en línea recta de la "
        "cabeza a los talones",
        "standing": "De pie, erguido, brazos relajados a los lados",
        "march": "De pie, erguido, marchando en el sitio con una rodilla levantada",
        "walking": "Caminando erguido a mitad de paso, brazos balanceándose",
    },
}

# Steps by their English title: title, instructions (a None line is KNEE_PAD), timed cues.
STEPS: dict[str, dict[str, dict[str, Any]]] = {
    "Supine twist": {
        "de": {
            "title": "Liegende Drehung",
            "instructions": [
                "Mit gebeugten Knien auf den Rücken legen.",
                "Linke Seite: Beide Knie nach links zum Boden rollen lassen, bis Sie eine "
                "Dehnung spüren.",
                "Rechte Seite: Die Knie genauso nach rechts rollen.",
                "Die Dehnung mit jedem Atemzug ein wenig tiefer werden lassen.",
            ],
        },
        "es": {
            "title": "Torsión tumbado",
            "instructions": [
                "Túmbate boca arriba en la esterilla con las rodillas dobladas.",
                "Lado izquierdo: deja caer las dos rodillas hacia la izquierda, hacia el suelo, "
                "hasta notar el estiramiento.",
                "Lado derecho: llévalas hacia la derecha de la misma forma.",
                "Con cada respiración, deja que el estiramiento se haga un poco más profundo.",
            ],
        },
    },
    "Cat-cow": {
        "de": {
            "title": "Katze-Kuh",
            "instructions": [
                "In den Vierfüßlerstand gehen: Knie unter den Hüften, Handgelenke unter den "
                "Schultern.",
                "Beim Einatmen den Rücken langsam durchhängen lassen, den Kopf zuletzt heben.",
                "Beim Ausatmen den Rücken runden und den Kopf sinken lassen.",
                None,
            ],
        },
        "es": {
            "title": "Gato-vaca",
            "instructions": [
                "Ponte a cuatro patas: rodillas bajo las caderas, muñecas bajo los hombros.",
                "Al inhalar, arquea la espalda despacio y levanta la cabeza al final.",
                "Al exhalar, redondea la espalda y deja caer la cabeza.",
                None,
            ],
        },
    },
    "Child's pose": {
        "de": {
            "title": "Stellung des Kindes",
            "instructions": [
                "Die Knie aus dem Vierfüßlerstand so weit oder so eng stellen, wie es sich gut "
                "anfühlt.",
                "Auf die Füße zurücksetzen, die Arme nach vorn strecken und die Brust auf die "
                "Oberschenkel senken.",
                "Die Arme mit den Ellbogen am Boden locker lassen und langsam atmen.",
                None,
            ],
            "cues": ["Weiter langsam atmen und den unteren Rücken weich werden lassen."],
        },
        "es": {
            "title": "Postura del niño",
            "instructions": [
                "Desde cuatro patas, separa las rodillas tanto o tan poco como te siente bien.",
                "Siéntate sobre los pies, estira los brazos hacia delante y baja el pecho hacia "
                "los muslos.",
                "Deja los brazos relajados con los codos en el suelo y respira despacio.",
                None,
            ],
            "cues": ["Sigue respirando despacio y deja que la zona lumbar se ablande."],
        },
    },
    "Hip lifts": {
        "de": {
            "title": "Hüfte heben",
            "instructions": [
                "Auf den Rücken legen, Knie gebeugt, Füße flach, Hände neben dem Körper.",
                "Bauch und Po anspannen, um den unteren Rücken zu schützen.",
                "Die Hüfte ein wenig vom Boden heben und oben halten, solange gezählt wird.",
                "Die Hüfte senken, wenn das Zählen endet, oder früher: Ruhen Sie sich aus, wann "
                "immer Sie es brauchen.",
            ],
            "cues": ["Senken Sie die Hüfte, wann immer Sie eine Pause brauchen."],
        },
        "es": {
            "title": "Elevación de cadera",
            "instructions": [
                "Túmbate boca arriba, rodillas dobladas, pies apoyados, manos a los lados.",
                "Aprieta el abdomen y los glúteos para proteger la zona lumbar.",
                "Levanta un poco las caderas del suelo y mantenlas arriba mientras dura la cuenta.",
                "Baja las caderas al acabar la cuenta, o antes: descansa siempre que lo necesites.",
            ],
            "cues": ["Baja las caderas siempre que necesites descansar."],
        },
    },
    "Shoelace stretch": {
        "de": {
            "title": "Schnürsenkel-Dehnung",
            "instructions": [
                "Aus dem Vierfüßlerstand das linke Knie über das rechte kreuzen (auf der "
                "rechten Seite liegt das rechte Knie oben).",
                "Langsam zurücksetzen, bis die Sitzhöcker den Boden erreichen; aufrecht sitzen, "
                "wenn Sie können.",
                "Hände auf die Füße: Sie spüren eine Dehnung im Po und im unteren Rücken. Noch "
                "keine Dehnung? Die Brust zu den Beinen lehnen.",
                "Zum Lösen die Hüfte zurück in den Vierfüßlerstand heben.",
                None,
            ],
        },
        "es": {
            "title": "Estiramiento cordón",
            "instructions": [
                "Desde cuatro patas, cruza la rodilla izquierda sobre la derecha (en el lado "
                "derecho, la rodilla derecha encima).",
                "Siéntate despacio hacia atrás hasta que los isquiones lleguen al suelo; "
                "siéntate erguido si puedes.",
                "Con las manos en los pies, nota el estiramiento en los glúteos y la zona "
                "lumbar. ¿Aún no lo notas? Inclina el pecho hacia las piernas.",
                "Para salir, levanta las caderas y vuelve a cuatro patas.",
                None,
            ],
        },
    },
    "Shoelace fold": {
        "de": {
            "title": "Schnürsenkel vorgebeugt",
            "instructions": [
                "Die Knie wieder wie bei der Schnürsenkel-Dehnung kreuzen, linkes Knie oben "
                "(auf der rechten Seite das rechte), und zwischen die Füße setzen.",
                "Spüren Sie wenig Dehnung, lehnen Sie die Brust nach vorn über die Knie.",
                "Die Hände vor sich auf den Boden legen und langsam atmen.",
                None,
            ],
        },
        "es": {
            "title": "Cordón inclinado",
            "instructions": [
                "Cruza otra vez las rodillas como en el estiramiento cordón, la izquierda encima "
                "(en el lado derecho, la derecha), y siéntate entre los pies.",
                "Si notas poco estiramiento, inclina el pecho hacia delante sobre las rodillas.",
                "Apoya las manos en el suelo delante de ti y respira despacio.",
                None,
            ],
        },
    },
    "Side knee drop": {
        "de": {
            "title": "Knie zur Seite",
            "instructions": [
                "Auf den Rücken legen und die Knie zur Brust ziehen.",
                "Beide Knie nach links fallen und dort liegen lassen.",
                "Die Knie zurück zur Mitte holen und dann nach rechts fallen lassen.",
                "So von Seite zu Seite weitermachen, bis die Beschwerden nachlassen.",
            ],
        },
        "es": {
            "title": "Rodillas al lado",
            "instructions": [
                "Túmbate boca arriba y lleva las rodillas hacia el pecho.",
                "Deja caer las dos rodillas hacia la izquierda y descansa ahí.",
                "Vuelve al centro y déjalas caer hacia la derecha.",
                "Sigue de un lado a otro hasta que la molestia se calme.",
            ],
        },
    },
    "Pelvic tilt": {
        "de": {
            "title": "Becken kippen",
            "instructions": [
                "Mit gebeugten Knien auf den Rücken legen, Füße flach am Boden.",
                "Den Bauch anspannen und den unteren Rücken an den Boden drücken.",
                "Halten, dann entspannen.",
            ],
        },
        "es": {
            "title": "Báscula pélvica",
            "instructions": [
                "Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.",
                "Aprieta el abdomen para pegar la zona lumbar al suelo.",
                "Mantén y luego relaja.",
            ],
        },
    },
    "Hamstring stretch": {
        "de": {
            "title": "Dehnung der Beinrückseite",
            "instructions": [
                "Mit einem gestreckten und einem gebeugten Bein hinsetzen: links gestreckt für "
                "die linke Seite, rechts gestreckt für die rechte.",
                "Sanft nach vorn lehnen und zu den Zehen des gestreckten Beins greifen.",
                "Zwischen den Wiederholungen locker lassen.",
            ],
        },
        "es": {
            "title": "Estiramiento de isquiotibiales",
            "instructions": [
                "Siéntate con una pierna estirada hacia delante y la otra doblada: la izquierda "
                "estirada para el lado izquierdo, la derecha para el derecho.",
                "Inclínate con suavidad hacia delante y alarga la mano hacia los dedos de la "
                "pierna estirada.",
                "Afloja entre una repetición y otra.",
            ],
        },
    },
    "Prayer pose": {
        "de": {
            "title": "Gebetshaltung",
            "instructions": [
                "Auf den Boden knien und zu den Fersen zurücksetzen.",
                "Die Arme am Boden nach vorn strecken und die Stirn ablegen.",
                "Den Rücken lang werden und sich entspannen lassen.",
                None,
            ],
        },
        "es": {
            "title": "Postura de oración",
            "instructions": [
                "Arrodíllate en el suelo y siéntate hacia los talones.",
                "Estira los brazos hacia delante por el suelo y apoya la frente.",
                "Deja que la espalda se alargue y se relaje.",
                None,
            ],
        },
    },
    "Warm-up march": {
        "de": {
            "title": "Aufwärmen: Marschieren",
            "instructions": [
                "Aufrecht stehen und sanft auf der Stelle marschieren, die Knie ein wenig gehoben.",
                "Die Arme mitschwingen lassen und ab und zu die Schultern nach hinten rollen.",
            ],
            "cues": ["Die Schultern ein paar Mal nach hinten rollen."],
        },
        "es": {
            "title": "Marcha de calentamiento",
            "instructions": [
                "Ponte de pie, erguido, y marcha suavemente en el sitio levantando un poco las "
                "rodillas.",
                "Deja que los brazos se balanceen y lleva los hombros hacia atrás de vez en "
                "cuando.",
            ],
            "cues": ["Lleva los hombros hacia atrás unas cuantas veces."],
        },
    },
    "Walk with good posture": {
        "de": {
            "title": "Gehen mit guter Haltung",
            "instructions": [
                "In einem leichten, angenehmen Tempo gehen, in festen Schuhen und auf ebenem "
                "Boden.",
                "Die Wirbelsäule lang und neutral halten und den Bauch leicht angespannt; nicht "
                "zusammensacken und nicht nach vorn lehnen.",
                "Kurze Schritte machen und die Schultern locker lassen.",
                "Auf einem langen Weg oder an einem heißen Tag Wasser mitnehmen und unterwegs "
                "trinken.",
                "Langsamer gehen oder stehen bleiben, wenn der Schmerz schärfer wird.",
            ],
            "cues": ["Haltung prüfen: aufrecht, nicht zusammensacken, kurze Schritte."],
        },
        "es": {
            "title": "Caminar con buena postura",
            "instructions": [
                "Camina a un ritmo fácil y cómodo, con calzado que sujete y por terreno llano.",
                "Mantén la columna larga y neutra y el abdomen algo activo; no te encorves ni "
                "te inclines hacia delante.",
                "Da pasos cortos y mantén los hombros relajados.",
                "En un paseo largo o un día de calor, lleva agua y bebe por el camino.",
                "Ve más despacio o para si el dolor se vuelve más agudo.",
            ],
            "cues": ["Revisa la postura: erguido, sin encorvarte, pasos cortos."],
        },
    },
    "Cool-down walk": {
        "de": {
            "title": "Auslaufen",
            "instructions": [
                "Ganz langsam werden.",
                "Ruhig atmen und die Schultern sinken lassen.",
            ],
        },
        "es": {
            "title": "Paseo de vuelta a la calma",
            "instructions": [
                "Reduce mucho el ritmo.",
                "Respira con calma y deja caer los hombros.",
            ],
        },
    },
    "Bridge": {
        "de": {
            "title": "Brücke",
            "instructions": [
                "Auf den Rücken legen, Knie gebeugt, Füße flach und hüftbreit.",
                "Bauch und Po anspannen und dann die Hüfte heben, bis der Körper eine gerade "
                "Linie von den Schultern bis zu den Knien bildet.",
                "Halten, dann langsam absenken.",
            ],
        },
        "es": {
            "title": "Puente",
            "instructions": [
                "Túmbate boca arriba, rodillas dobladas, pies apoyados y separados al ancho de "
                "las caderas.",
                "Aprieta el abdomen y los glúteos y sube las caderas hasta que el cuerpo forme "
                "una línea recta de los hombros a las rodillas.",
                "Mantén y luego baja despacio.",
            ],
        },
    },
    "Forearm plank": {
        "de": {
            "title": "Unterarmstütz",
            "instructions": [
                "Auf Unterarme und Zehen stützen, die Ellbogen unter den Schultern.",
                "Eine gerade Linie vom Kopf bis zu den Fersen halten; den Bauch anspannen.",
                "Zu schwer? Die Knie auf dem Boden absetzen.",
            ],
        },
        "es": {
            "title": "Plancha sobre antebrazos",
            "instructions": [
                "Apóyate en los antebrazos y las puntas de los pies, codos bajo los hombros.",
                "Mantén una línea recta de la cabeza a los talones; aprieta el abdomen.",
                "¿Demasiado difícil? Apoya las rodillas en el suelo.",
            ],
        },
    },
    "Stand up tall": {
        "de": {
            "title": "Aufrecht hinstellen",
            "instructions": [
                "Vom Stuhl aufstehen und die Füße hüftbreit stellen.",
                "Die Wirbelsäule lang werden und die Schultern sinken lassen; den Bauch ein "
                "wenig anspannen.",
            ],
        },
        "es": {
            "title": "De pie y erguido",
            "instructions": [
                "Levántate de la silla y ponte de pie con los pies al ancho de las caderas.",
                "Deja que la columna crezca y los hombros bajen; aprieta un poco el abdomen.",
            ],
        },
    },
    "March on the spot": {
        "de": {
            "title": "Auf der Stelle marschieren",
            "instructions": [
                "Sanft auf der Stelle marschieren und die Arme mitschwingen lassen.",
                "Stillsitzen macht den Rücken steif; ein wenig Bewegung lockert ihn wieder.",
            ],
            "cues": ["Die Schultern ein paar Mal nach hinten rollen."],
        },
        "es": {
            "title": "Marcha en el sitio",
            "instructions": [
                "Marcha suavemente en el sitio y deja que los brazos se balanceen.",
                "Estar sentado sin moverse agarrota la espalda; un poco de movimiento la suelta "
                "de nuevo.",
            ],
            "cues": ["Lleva los hombros hacia atrás unas cuantas veces."],
        },
    },
    "A walk round the room": {
        "de": {
            "title": "Eine Runde durch den Raum",
            "instructions": [
                "Durch den Raum oder den Flur gehen, mit kurzen, lockeren Schritten.",
                "Aufrecht bleiben: nicht nach vorn lehnen, nicht zusammensacken.",
                "Kommen Sie an der Küche vorbei? Trinken Sie ein Glas Wasser.",
            ],
            "cues": [
                "Schultern locker, Wirbelsäule lang, kurze Schritte.",
                "Wenn Sie sich wieder setzen, lehnen Sie sich im Stuhl zurück, Schultern locker.",
            ],
        },
        "es": {
            "title": "Una vuelta por la habitación",
            "instructions": [
                "Camina por la habitación o por el pasillo, con pasos cortos y tranquilos.",
                "Mantente erguido: sin inclinarte hacia delante, sin encorvarte.",
                "¿Pasas por la cocina? Tómate un vaso de agua.",
            ],
            "cues": [
                "Hombros relajados, columna larga, pasos cortos.",
                "Al volver a sentarte, apoya la espalda en la silla, hombros relajados.",
            ],
        },
    },
}

# Routines by id: title and description (the spasm advice is added where the English has it).
ROUTINES: dict[str, dict[str, dict[str, str]]] = {
    "lower-back-spasm-relief": {
        "de": {
            "title": "Hilfe bei Hexenschuss",
            "description": "Fünf sanfte Bewegungen, die den unteren Rücken lockern, wenn ein "
            "Hexenschuss zuschlägt: eine liegende Drehung, Katze-Kuh, die Stellung des "
            "Kindes, Hüfte heben und die Schnürsenkel-Dehnung. Täglich gemacht, beugen sie "
            "auch dem nächsten vor.",
        },
        "es": {
            "title": "Alivio del espasmo lumbar",
            "description": "Cinco movimientos suaves que sueltan la zona lumbar cuando llega "
            "un espasmo: una torsión tumbado, gato-vaca, la postura del niño, elevaciones de "
            "cadera y el estiramiento cordón. Hechos a diario, también ayudan a prevenir el "
            "siguiente.",
        },
    },
    "quick-spasm-relief": {
        "de": {
            "title": "Schnelle Hilfe bei Hexenschuss",
            "description": "Vier kurze Dehnungen am Boden für einen verkrampften Rücken: Knie "
            "zur Seite, Becken kippen, eine Dehnung der Beinrückseite und die Gebetshaltung.",
        },
        "es": {
            "title": "Alivio rápido del espasmo",
            "description": "Cuatro estiramientos cortos en el suelo para una espalda con "
            "espasmo: rodillas al lado, báscula pélvica, un estiramiento de isquiotibiales y "
            "la postura de oración.",
        },
    },
    "back-walk": {
        "de": {
            "title": "Ein Spaziergang für den unteren Rücken",
            "description": "Gehen ist schonend und bringt Blut in verspannte Rückenmuskeln. "
            "Wärmen Sie sich auf, gehen Sie mit guter Haltung und laufen Sie "
            "dann langsam aus. Fangen Sie kurz an und gehen Sie länger, je "
            "kräftiger Ihr Rücken wird.\n\nTragen Sie feste Schuhe, bleiben Sie "
            "auf ebenem Boden und stehen Sie aufrecht, statt zusammenzusacken. "
            "Trinken Sie vorher und nachher Wasser, und auch unterwegs bei einem "
            "langen Weg oder an einem heißen Tag.\n\nKurz nach einer Verletzung, "
            "etwa einem Sturz oder einem Schleudertrauma, kann Gehen schwer "
            "fallen und wehtun; beginnen Sie dann lieber mit sanfterer Bewegung, "
            "zum Beispiel den Routinen am Boden, Yoga oder Tai-Chi.",
        },
        "es": {
            "title": "Un paseo para la zona lumbar",
            "description": "Caminar es de bajo impacto y lleva sangre a los músculos tensos de "
            "la espalda. Calienta, camina con buena postura y luego vuelve a la calma. Empieza "
            "con paseos cortos y alárgalos a medida que tu espalda se fortalezca.\n\nUsa "
            "calzado que sujete, camina por terreno llano y mantente erguido en lugar de "
            "encorvarte. Bebe agua antes y después, y también durante un paseo largo o un día "
            "de calor.\n\nPoco después de una lesión, como una caída o un latigazo cervical, "
            "caminar puede costar y doler; empieza entonces con movimientos más suaves, como "
            "las rutinas en el suelo, el yoga o el taichí.",
        },
    },
    "daily-back-care": {
        "de": {
            "title": "Tägliche Rückenpflege",
            "description": "Für die Zeit, wenn der scharfe Schmerz eines Hexenschusses "
            "abgeklungen ist: Brücke und Unterarmstütz bauen Kraft auf, wofür "
            "ein Rücken im Krampf noch nicht bereit ist (nehmen Sie dann eine "
            "der Hilfe-Routinen).\n\nEine kurze tägliche Routine gegen "
            "Hexenschuss: aufwärmen, die Wirbelsäule mobilisieren, dann die "
            "Kraft in Rumpf und Hüfte aufbauen, die Ihren Rücken stützt, und mit "
            "einer langen Dehnung abschließen.",
        },
        "es": {
            "title": "Cuidado diario de la espalda",
            "description": "Para cuando el dolor agudo de un espasmo ya se ha calmado: el "
            "puente y la plancha desarrollan fuerza, y una espalda con espasmo aún no está "
            "preparada para ello (usa entonces una rutina de alivio).\n\nUna rutina diaria "
            "corta para mantener alejados los espasmos: calienta, moviliza la columna, luego "
            "fortalece el abdomen y las caderas que sostienen tu espalda, y termina con un "
            "estiramiento largo.",
        },
    },
    "desk-break": {
        "de": {
            "title": "Schreibtischpause",
            "description": "Eine kurze Pause im Stehen, wenn Sie zu lange am Computer gesessen "
            "haben: aufrecht hinstellen, auf der Stelle marschieren und eine "
            "Runde durch den Raum gehen, dann mit besserer Haltung wieder "
            "hinsetzen. Langes Sitzen macht den Rücken steif; oft aufzustehen "
            "ist einer der einfachsten Wege, Hexenschuss vorzubeugen. Supple "
            "schlägt die Pause nach längerer Arbeit am Computer vor, wenn "
            "Bewegungspausen eingeschaltet sind.",
        },
        "es": {
            "title": "Pausa del escritorio",
            "description": "Una pausa corta de pie para cuando llevas demasiado tiempo sentado "
            "frente al ordenador: ponte de pie y erguido, marcha en el sitio y da una vuelta "
            "por la habitación, y luego vuelve a sentarte con mejor postura. Estar sentado "
            "mucho tiempo agarrota la espalda; levantarse a menudo es una de las formas más "
            "sencillas de prevenir los espasmos. Supple la propone tras un rato seguido de uso "
            "del ordenador cuando las pausas de movimiento están activadas.",
        },
    },
}
