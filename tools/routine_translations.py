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
        "Bewege dich langsam und nur so weit, wie es angenehm ist. Hör auf, wenn der Schmerz "
        "schärfer wird. Geh zu einer Ärztin, einem Arzt oder in die Physiotherapie, wenn der "
        "Schmerz stark ist, anhält oder immer schlimmer wird, oder wenn Taubheit, Kribbeln "
        "oder Schwäche in den Beinen dazukommen. Diese Routine ist eine Anleitung, keine "
        "Diagnose."
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
        "Bei einem Hexenschuss: Ruh dich kurz aus, wenn du es brauchst, und bleib dann sanft in "
        "Bewegung, mit Dehnungen wie diesen. Bleib nicht länger als zwei, drei Tage im Bett: "
        "Wer lange still liegt, schwächt die Muskeln. Wärme (oder eine Kältepackung) hilft dem "
        "Muskel, loszulassen, und trink genug Wasser."
    ),
    "es": (
        "Durante un espasmo: descansa un rato si lo necesitas y luego sigue moviéndote con "
        "suavidad, con estiramientos como estos. No te quedes en la cama más de dos o tres "
        "días: estar quieto más tiempo debilita los músculos. El calor (o una bolsa de frío) "
        "ayuda a que el músculo se suelte, y bebe suficiente agua."
    ),
}
KNEE_PAD = {
    "de": "Empfindliche Knie? Knie auf einem gefalteten Handtuch oder einer Decke.",
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
                "Leg dich mit gebeugten Knien auf den Rücken.",
                "Linke Seite: Lass beide Knie nach links zum Boden rollen, bis du eine Dehnung "
                "spürst.",
                "Rechte Seite: Roll sie genauso nach rechts.",
                "Lass die Dehnung mit jedem Atemzug ein wenig tiefer werden.",
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
                "Geh in den Vierfüßlerstand: Knie unter den Hüften, Handgelenke unter den "
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
                "Stell die Knie aus dem Vierfüßlerstand so weit oder so eng, wie es sich gut "
                "anfühlt.",
                "Setz dich auf die Füße zurück, streck die Arme nach vorn und senk die Brust "
                "auf die Oberschenkel.",
                "Lass die Arme mit den Ellbogen am Boden locker und atme langsam.",
                None,
            ],
            "cues": ["Atme weiter langsam und lass den unteren Rücken weich werden."],
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
                "Leg dich auf den Rücken, Knie gebeugt, Füße flach, Hände neben dem Körper.",
                "Spann Bauch und Po an, um den unteren Rücken zu schützen.",
                "Heb die Hüfte ein wenig vom Boden und halte sie oben, solange gezählt wird.",
                "Senk die Hüfte, wenn das Zählen endet, oder früher: Ruh dich aus, wann immer "
                "du es brauchst.",
            ],
            "cues": ["Senk die Hüfte, wann immer du eine Pause brauchst."],
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
                "Kreuz aus dem Vierfüßlerstand das linke Knie über das rechte (auf der rechten "
                "Seite liegt das rechte Knie oben).",
                "Setz dich langsam zurück, bis die Sitzhöcker den Boden erreichen; sitz aufrecht, "
                "wenn du kannst.",
                "Hände auf die Füße: Du spürst eine Dehnung im Po und im unteren Rücken. Noch "
                "keine Dehnung? Lehn die Brust zu den Beinen.",
                "Zum Lösen heb die Hüfte zurück in den Vierfüßlerstand.",
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
                "Kreuz die Knie wieder wie bei der Schnürsenkel-Dehnung, linkes Knie oben (auf "
                "der rechten Seite das rechte), und setz dich zwischen die Füße.",
                "Spürst du wenig Dehnung, lehn die Brust nach vorn über die Knie.",
                "Leg die Hände vor dir auf den Boden und atme langsam.",
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
                "Leg dich auf den Rücken und zieh die Knie zur Brust.",
                "Lass beide Knie nach links fallen und dort liegen.",
                "Hol sie zurück zur Mitte und lass sie dann nach rechts fallen.",
                "Mach so von Seite zu Seite weiter, bis die Beschwerden nachlassen.",
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
                "Leg dich mit gebeugten Knien auf den Rücken, Füße flach am Boden.",
                "Spann den Bauch an und drück den unteren Rücken an den Boden.",
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
                "Setz dich mit einem gestreckten und einem gebeugten Bein hin: links gestreckt "
                "für die linke Seite, rechts gestreckt für die rechte.",
                "Lehn dich sanft nach vorn und greif zu den Zehen des gestreckten Beins.",
                "Lass zwischen den Wiederholungen locker.",
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
                "Knie dich auf den Boden und setz dich zu den Fersen zurück.",
                "Streck die Arme am Boden nach vorn und leg die Stirn ab.",
                "Lass den Rücken lang werden und sich entspannen.",
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
                "Steh aufrecht und marschier sanft auf der Stelle, die Knie ein wenig gehoben.",
                "Lass die Arme mitschwingen und roll ab und zu die Schultern nach hinten.",
            ],
            "cues": ["Roll die Schultern ein paar Mal nach hinten."],
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
                "Geh in einem leichten, angenehmen Tempo, in festen Schuhen und auf ebenem Boden.",
                "Halte die Wirbelsäule lang und neutral und den Bauch leicht angespannt; sack "
                "nicht zusammen und lehn dich nicht nach vorn.",
                "Mach kurze Schritte und lass die Schultern locker.",
                "Nimm auf einem langen Weg oder an einem heißen Tag Wasser mit und trink "
                "unterwegs.",
                "Geh langsamer oder bleib stehen, wenn der Schmerz schärfer wird.",
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
                "Werde ganz langsam.",
                "Atme ruhig und lass die Schultern sinken.",
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
                "Leg dich auf den Rücken, Knie gebeugt, Füße flach und hüftbreit.",
                "Spann Bauch und Po an und heb dann die Hüfte, bis der Körper eine gerade Linie "
                "von den Schultern bis zu den Knien bildet.",
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
                "Stütz dich auf Unterarme und Zehen, die Ellbogen unter den Schultern.",
                "Halte eine gerade Linie vom Kopf bis zu den Fersen; spann den Bauch an.",
                "Zu schwer? Setz die Knie auf dem Boden ab.",
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
                "Steh vom Stuhl auf und stell die Füße hüftbreit.",
                "Lass die Wirbelsäule lang werden und die Schultern sinken; spann den Bauch "
                "ein wenig an.",
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
                "Marschier sanft auf der Stelle und lass die Arme mitschwingen.",
                "Stillsitzen macht den Rücken steif; ein wenig Bewegung lockert ihn wieder.",
            ],
            "cues": ["Roll die Schultern ein paar Mal nach hinten."],
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
                "Geh durch den Raum oder den Flur, mit kurzen, lockeren Schritten.",
                "Bleib aufrecht: nicht nach vorn lehnen, nicht zusammensacken.",
                "Kommst du an der Küche vorbei? Trink ein Glas Wasser.",
            ],
            "cues": [
                "Schultern locker, Wirbelsäule lang, kurze Schritte.",
                "Wenn du dich wieder setzt, lehn dich im Stuhl zurück, Schultern locker.",
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
            "Wärm dich auf, geh mit guter Haltung und lauf dann langsam aus. Fang kurz an und "
            "geh länger, je kräftiger dein Rücken wird.\n\nTrag feste Schuhe, bleib auf ebenem "
            "Boden und steh aufrecht, statt zusammenzusacken. Trink vorher und nachher Wasser, "
            "und auch unterwegs bei einem langen Weg oder an einem heißen Tag.\n\nKurz nach "
            "einer Verletzung, etwa einem Sturz oder einem Schleudertrauma, kann Gehen schwer "
            "fallen und wehtun; beginn dann lieber mit sanfterer Bewegung, zum Beispiel den "
            "Routinen am Boden, Yoga oder Tai-Chi.",
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
            "abgeklungen ist: Brücke und Unterarmstütz bauen Kraft auf, wofür ein Rücken im "
            "Krampf noch nicht bereit ist (nimm dann eine der Hilfe-Routinen).\n\nEine kurze "
            "tägliche Routine gegen Hexenschuss: aufwärmen, die Wirbelsäule mobilisieren, dann "
            "die Kraft in Rumpf und Hüfte aufbauen, die deinen Rücken stützt, und mit einer "
            "langen Dehnung abschließen.",
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
            "description": "Eine kurze Pause im Stehen, wenn du zu lange am Computer gesessen "
            "hast: aufrecht hinstellen, auf der Stelle marschieren und eine Runde durch den "
            "Raum gehen, dann mit besserer Haltung wieder hinsetzen. Langes Sitzen macht den "
            "Rücken steif; oft aufzustehen ist einer der einfachsten Wege, Hexenschuss "
            "vorzubeugen. Supple schlägt die Pause nach längerer Arbeit am Computer vor, wenn "
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
