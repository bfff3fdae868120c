# posture-break: español. Los mismos mensajes, atributos y variables que en.ftl.
# Las claves, rutas y valores de la configuración se dejan tal cual.

## Palabras que se usan en muchos sitios

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] sentado
    [standing] de pie
   *[floor] en el suelo
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] movilidad
   *[strength] fuerza
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] espalda media
    [neck] cuello
   *[shoulders] hombros
}

# $day: un weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Una duración, «1 hora 30 minutos»: las partes unidas con duration-join.
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
duration-seconds = { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
# $first, $second: dos partes de una duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } min
duration-hours-short = { $count } h
# «un estiramiento de 1 minuto»; $unit: minute o second
duration-adjective = { $unit ->
    [minute] { $count ->
        [one] de { $count } minuto
       *[other] de { $count } minutos
    }
   *[second] { $count ->
        [one] de { $count } segundo
       *[other] de { $count } segundos
    }
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] la ventana a pantalla completa
    [do-not-disturb] el modo No molestar
   *[camera] la llamada (cámara)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Estás sentado
   *[standing] Estás de pie
}

## El estado en palabras: la línea de estado de la bandeja

tray-next-stretch = Siguiente estiramiento a las { $time }
tray-back-from-break = Hola de nuevo: eso contó como pausa; siguiente estiramiento a las { $time }
tray-held-busy = Estiramiento pendiente: esperando a que termine { busy-what }
tray-held-away = Esperando a que vuelvas
tray-held-elsewhere = Estiramiento pendiente: se muestra en el ordenador en uso
# $when: una hora (10:35) o un day-and-time
tray-off-until = Inactivo hasta { $when }
tray-off-none-ahead = Inactivo: no quedan horas de trabajo
tray-reminding = Recordatorio en pantalla
tray-stretching = Estirando ahora
tray-snoozed-until = Pospuesto hasta las { $time }
tray-paused-until-resumed = En pausa hasta reanudar
tray-paused-until = En pausa hasta { $when }
tray-paused-until-tomorrow = En pausa hasta mañana a las { $time }

## La frase del comando `status` (horas con segundos)

status-snoozed-until = pospuesto hasta las { $time }
status-paused-until = en pausa hasta las { $time }
status-paused-until-resumed = en pausa hasta reanudar
status-reminding = se está mostrando un recordatorio
status-held-busy = hay un estiramiento pendiente; el recordatorio espera a que termine { busy-what }
status-held-away = hay un estiramiento pendiente; el recordatorio espera a que vuelvas
status-held-elsewhere = toca estirar; el recordatorio aparece en el ordenador que estás usando
status-off-hours-until = fuera del horario de trabajo hasta las { $time }
status-off-hours-none-ahead = fuera del horario de trabajo (no quedan más horas)
status-stretching = estirando: { $exercise }
status-active = activo, siguiente estiramiento a las { $time }
# $interval: una duración; $config: la ruta del archivo de configuración
status-sentence = { $summary } (cada { $interval }; configuración { $config })

## Pocos caracteres para una barra de estado (`status --format short`, texto de waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] estira ya
    [stretching] estirando
    [held] pendiente
    [snoozed] pospuesto
    [paused] en pausa
    [off_hours] inactivo
   *[active] siguiente
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break no está en ejecución

## Progreso y resumen de los ejercicios (información de la bandeja, ventana de la semana, `stats`)

progress-today = { $count ->
    [0] Aún no has estirado hoy
    [one] { $count } estiramiento hoy
   *[other] { $count } estiramientos hoy
}
# $today: un progress-today; $streak: días seguidos con un estiramiento
progress-with-streak = { $today } · { $streak ->
    [one] racha de { $streak } día
   *[other] racha de { $streak } días
}
exercises-this-week = { $mobility } de movilidad, { $strength } de fuerza esta semana
# $split: un exercises-this-week; $names: nombres de ejercicios unidos con list-separator
exercises-rated-good = { $split } · Valorados «Bien»: { $names }
list-separator = {", "}

## La pregunta tras un estiramiento, y lo que muestra «Me dolió»

feeling-question = ¿Qué tal te sentó?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Bien
    [not_for_me] No es para mí
   *[hurt] Me dolió
}
hurt-stop = Para y muévete solo dentro de un rango cómodo.
hurt-see-a-clinician = Consulta a un profesional de la salud si el dolor persiste, o si tienes entumecimiento u hormigueo que baja por las piernas, dolor en el pecho o cambios en el control de la vejiga o los intestinos.
# La línea siguiente muestra el comando que recupera el ejercicio.
hurt-not-offered-again = { $exercise } no se volverá a ofrecer. Para recuperarlo:
# El recordatorio cuando no queda ningún ejercicio que ofrecer. `positions` y [stretch] se dejan tal cual.
nothing-left-all-hurt = { $count ->
    [one] El único ejercicio que permiten tus posiciones está valorado como «Me dolió», así que no hay ningún estiramiento que ofrecer. Borra su valoración (posture-break exercises rate ID clear) o permite más posiciones con `positions` en [stretch] en la configuración.
   *[other] Los { $count } ejercicios que permiten tus posiciones están valorados como «Me dolió», así que no hay ningún estiramiento que ofrecer. Borra una valoración (posture-break exercises rate ID clear) o permite más posiciones con `positions` en [stretch] en la configuración.
}
nothing-left-no-position = Ningún ejercicio coincide con tus posiciones, así que no hay ningún estiramiento que ofrecer: permite más posiciones con `positions` en [stretch] en la configuración.

## Avisos de postura entre estiramientos

nudge-change-position = Cambia de postura
nudge-sit-back = Apoya la espalda en el respaldo; una toalla enrollada detrás de la zona lumbar ayuda
nudge-shoulders = Deja caer los hombros y llévalos hacia atrás
nudge-stand-up-a-moment = Levántate un momento
nudge-time-to-stand = Hora de ponerse de pie
nudge-time-to-sit = Hora de sentarse

## Los ejercicios en la línea de comandos (`exercises list|show|next|rate`)

# $areas: zonas del cuerpo unidas con list-separator; $done: veces completado; $rating: un feeling-answer, o "none"
exercise-list-details = { $areas }; veces: { $done }{ $rating ->
    [none] {""}
   *[other] , valorado: { $rating }
}
# $number: el número del paso; $secs: su duración en segundos
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Precaución: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] turno de fuerza: antes hubo dos estiramientos de movilidad
    [favourite] favorito: valorado «Bien», se ofrece el doble de veces
   *[rotation] rotación
}
# $rating: un feeling-answer
exercise-rated = { $exercise }: valorado «{ $rating }»
exercise-rating-cleared = { $exercise }: valoración borrada

## El menú de la bandeja (y el de la bandeja XEmbed)

menu-stretch-now = Iniciar estiramiento ahora
menu-snooze = Posponer
menu-pause = Pausar
menu-until-tomorrow = Hasta mañana
menu-until-resumed = Hasta que lo reanude
menu-resume = Reanudar
menu-posture-nudges = Avisos de postura
menu-sitting = Estoy sentado
menu-standing = Estoy de pie
menu-your-week = Tu semana
menu-open-config = Abrir archivo de configuración
menu-start-at-login = Abrir al iniciar sesión
menu-quit = Salir

## Notificaciones

# $length: un duration-adjective
reminder-summary = Hora de un estiramiento { $length }
# $step: el primer paso del ejercicio
reminder-body = { $exercise }: { $step }
# Los botones del recordatorio; $duration: "10 min"
reminder-start = Iniciar estiramiento
reminder-snooze = Posponer { $duration }
reminder-skip = Omitir
notice-config-removed = posture-break: archivo de configuración eliminado
notice-config-removed-body = Se ha eliminado { $path }; se usan los valores predeterminados hasta que se vuelva a escribir
# El error de configuración sigue en inglés, con su archivo:línea:columna.
notice-config-not-applied = posture-break: configuración no aplicada
notice-keeping-config = se mantiene la última configuración válida
notice-keeping-exercises = se mantienen los últimos ejercicios válidos
notice-using-defaults = se usan los valores predeterminados
welcome-summary = posture-break está en ejecución
# La bienvenida cuando ninguna bandeja muestra la aplicación (GNOME sin la extensión AppIndicator)
welcome-body-no-tray = Tu primer estiramiento { $length } es a las { $first }, y después cada { $interval }.
    Este escritorio no muestra el icono en la bandeja: abre posture-break desde tu lanzador de aplicaciones (con clic derecho ahí tienes «Iniciar estiramiento ahora», «Posponer», «Pausar 1 hora» y «Tu semana»), o ejecuta posture-break open. Ajustes: { $config }
# $first: la hora del primer estiramiento; $interval: una duración; $config: la ruta del archivo de configuración
welcome-body = posture-break funciona en la bandeja del sistema. Tu primer estiramiento { $length } es a las { $first }, y después cada { $interval }.
    Haz clic derecho en su icono para ver el menú (iniciar un estiramiento, posponer, pausar); un clic izquierdo muestra tu semana. Ajustes: { $config }

## La ventana de estiramiento

# Bajo la cuenta atrás del anillo (breve: el anillo es pequeño)
stretch-time-left = restante
stretch-paused = En pausa
stretch-step-of = Paso { $step } de { $steps }
stretch-done = Listo
stretch-skip = Omitir
# The sound toggle's name for screen readers
stretch-sound = Sonido
# La línea de teclas; $paused y $sound son "true" o "false"
stretch-keys = { $paused ->
    [true] Espacio reanudar
   *[false] Espacio pausar
} · Intro listo · Esc omitir{ $sound ->
    [true] {" · V sonido"}
   *[false] {""}
}
feeling-keys = 1 Bien · 2 No es para mí · 3 Me dolió · Esc cerrar. No hace falta responder.
hurt-title = Ese estiramiento te dolió
hurt-keys = Intro o Esc para cerrar
window-close = Cerrar

## La ventana de la semana

week-window-title = posture-break — Tu semana
week-title = Tu semana
week-last-7-days = Últimos 7 días
week-completion = Cumplimiento
# $rate_28: un porcentaje ("80%") o "–"
week-completion-detail = { $completed } de { $offered } ofrecidos esta semana; 28 días: { $rate_28 }
week-streak = Racha
week-streak-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
week-legend-stretches = estiramientos
week-legend-natural-breaks = pausas naturales
week-legend-standing = tiempo de pie (abajo)
week-legend-sitting = tiempo sentado (abajo)
week-last-28-days = Últimos 28 días: { $completed } estiramientos, { $breaks } pausas naturales
# Etiqueta bajo las barras de los 28 días; $month: 1 a 12
day-and-month = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
week-keys = Esc para cerrar
# El tiempo de un día en una postura, breve: "45 min", "5h", "1h05" ($minutes tiene ahí dos cifras)
time-compact-minutes = { $minutes } min
time-compact-hours = { $hours }h
time-compact = { $hours }h{ $minutes }

## `stats`

# La etiqueta de una fila; los valores se alinean tras la más larga
stats-label = { $label }:
stats-today = Hoy
stats-last-7-days = Últimos 7 días
stats-last-28-days = Últimos 28 días
stats-completion = Cumplimiento
stats-positions = Posturas
stats-streak = Racha
stats-kinds = Tipos
stats-rated-good = Valorados «Bien»
stats-day = { $completed } completados, { $natural_breaks ->
    [one] { $natural_breaks } pausa natural
   *[other] { $natural_breaks } pausas naturales
}, { $skipped } omitidos, { $reminded } recordatorios
stats-completion-rate = { $percent }% (últimos 7 días)
stats-no-reminders-yet = aún no hay recordatorios (últimos 7 días)
# $span: today, last_7_days; $standing, $sitting: "1 h 20 min"
stats-positions-value = { $span ->
    [today] hoy
   *[last_7_days] últimos 7 días
} de pie { $standing }, sentado { $sitting }
stats-kinds-value = { $mobility } de movilidad, { $strength } de fuerza (últimos 7 días)

## La ventana propia de la aplicación (`posture-break open`), para escritorios sin bandeja

## `sync status`: several computers through a synced folder

sync-off = La sincronización está desactivada: define [sync] folder en la configuración para compartir las pausas entre tus ordenadores.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Este ordenador es { $name } en { $folder }
sync-no-peers = Ningún otro ordenador ha escrito ahí todavía.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] ausente
   *[here] en uso
}, última señal el { $when }
sync-peer-silent = { $name }: nada legible todavía

home-window-title = posture-break
home-keys = Arriba/Abajo · Intro elegir · Dcha./Izq. submenú · Esc salir

## Ejercicios: `assets/exercises.toml` es la fuente en inglés; los ids y el número de pasos coinciden con ella.
## Las precauciones y las notas de seguridad deben ser fieles: indican cuándo parar.

exercises-notice = Estos estiramientos son información general, no consejo médico; muévete con suavidad y para si algo te duele.
exercises-red-flags = Si tienes entumecimiento u hormigueo que baja por las piernas, dolor en el pecho o cambios en el control de los intestinos o la vejiga, habla con un profesional de la salud antes de hacer estos estiramientos.

exercise-cat-cow = Gato-vaca
    .caution = Muévete solo dentro de un rango cómodo, y acolcha las rodillas o sáltate este ejercicio si te duele arrodillarte.
    .step-1 = Ponte a cuatro patas, con las muñecas bajo los hombros y las rodillas bajo las caderas.
    .step-2 = Inhala, deja que el abdomen baje y eleva el pecho, mirando ligeramente hacia delante.
    .step-3 = Exhala, redondea la espalda hacia el techo y deja caer la cabeza.
    .step-4 = Sigue pasando lentamente de una forma a otra al ritmo de tu respiración.
    .step-5 = Vuelve a la espalda plana y luego lleva los glúteos hacia los talones para descansar.

exercise-seal-stretch = Estiramiento de foca
    .caution = Apóyate mejor en los antebrazos si estirar los brazos te carga la zona lumbar.
    .step-1 = Acuéstate boca abajo con las manos en el suelo bajo los hombros.
    .step-2 = Empuja con las manos para elevar el pecho, manteniendo las caderas en el suelo.
    .step-3 = Mantén la postura, dejando que la espalda se arquee suavemente y alejando los hombros de las orejas.
    .step-4 = Baja despacio y vuelve a empujar, solo hasta donde te resulte cómodo.
    .step-5 = Baja del todo y apoya la frente en las manos.

exercise-seated-trunk-rotation = Rotación de tronco sentado
    .caution = Gira con suavidad, sin rebotes y sin forzar el final del movimiento.
    .step-1 = Siéntate con la espalda recta cerca del borde delantero de la silla, con ambos pies apoyados en el suelo.
    .step-2 = Cruza los brazos sobre el pecho, con las manos apoyadas en los hombros contrarios.
    .step-3 = Gira lentamente la parte superior del cuerpo hacia la derecha, manteniendo las caderas mirando al frente.
    .step-4 = Vuelve al centro y luego gira lentamente hacia la izquierda.
    .step-5 = Sigue alternando los lados con suavidad, exhalando al girar.

exercise-bent-over-iyt = I/Y/T inclinado
    .caution = Mantén el cuello alineado con la espalda, y omite la inclinación si inclinarte hacia delante te molesta en la zona lumbar.
    .step-1 = De pie, con las rodillas algo flexionadas, inclínate hacia delante desde las caderas, con la espalda recta y los brazos colgando.
    .step-2 = Haz una I: eleva ambos brazos hacia delante junto a las orejas, con los pulgares hacia arriba, y luego bájalos despacio.
    .step-3 = Haz una Y: eleva los brazos hacia arriba y hacia fuera, juntando los omóplatos, y luego bájalos despacio.
    .step-4 = Haz una T: eleva los brazos rectos hacia los lados y luego bájalos con control.
    .step-5 = Incorpórate despacio y relaja los brazos.

exercise-seated-cat-cow = Gato-vaca sentado
    .caution = Haz el movimiento lento y sin dolor, sobre todo en el cuello.
    .step-1 = Siéntate cerca del borde delantero de la silla, con las manos apoyadas en las rodillas.
    .step-2 = Inhala, lleva el pecho hacia delante y los hombros hacia atrás y hacia abajo.
    .step-3 = Exhala, redondea la parte alta de la espalda y deja caer la barbilla hacia el pecho.
    .step-4 = Sigue moviéndote lentamente entre las dos posiciones al ritmo de tu respiración.
    .step-5 = Termina con la espalda recta, en una postura relajada y cómoda.

exercise-chin-tucks = Retracción de barbilla
    .caution = Muévete con suavidad, y para si notas mareo, hormigueo o dolor que se extiende al brazo.
    .step-1 = Siéntate con la espalda recta, los hombros relajados y la mirada al frente.
    .step-2 = Lleva la barbilla recta hacia atrás, como si hicieras papada, sin inclinar la cabeza.
    .step-3 = Mantén unos segundos, notando un estiramiento suave en la base del cráneo.
    .step-4 = Suelta y repite despacio, manteniendo la mirada horizontal.
    .step-5 = Relaja el cuello y deja que la respiración se calme.

exercise-shoulder-blade-squeeze = Apretar los omóplatos
    .caution = Aprieta con suavidad, mantén el cuello relajado y evita arquear la zona lumbar.
    .step-1 = Siéntate con la espalda recta, los brazos relajados a los lados y los codos ligeramente flexionados.
    .step-2 = Lleva los omóplatos hacia atrás y hacia abajo, como si sujetaras un lápiz entre ellos.
    .step-3 = Mantén unos cinco segundos respirando con normalidad, sin encoger los hombros.
    .step-4 = Suelta despacio y repite el apretón a un ritmo tranquilo.
    .step-5 = Deja que los hombros se relajen por completo.

exercise-seated-w-squeeze = Apretón en W sentado
    .caution = Haz un movimiento pequeño y fácil, con el cuello largo; para antes de notar cualquier pinzamiento en los hombros.
    .step-1 = Siéntate con la espalda recta, sin apoyarte en el respaldo, los pies apoyados y los brazos relajados a los lados.
    .step-2 = Dobla los codos y sube las manos a la altura de los hombros, con las palmas hacia delante, formando una W.
    .step-3 = Lleva los codos hacia abajo y hacia atrás, juntando los omóplatos.
    .step-4 = Mantén durante una respiración y vuelve suavemente a la W; repite a un ritmo tranquilo.
    .step-5 = Baja los brazos y deja que los hombros se relajen.

exercise-neck-side-stretch = Estiramiento lateral del cuello
    .caution = No tires de la cabeza, y para si notas hormigueo o mareo.
    .step-1 = Siéntate con la espalda recta y sujeta el lateral del asiento de la silla con la mano derecha.
    .step-2 = Inclina la oreja izquierda hacia el hombro izquierdo hasta notar un estiramiento en el lado derecho del cuello.
    .step-3 = Lleva la cabeza despacio de vuelta al centro.
    .step-4 = Sujeta el asiento con la mano izquierda e inclina la oreja derecha hacia el hombro derecho.
    .step-5 = Vuelve a llevar la cabeza al centro y deja que los hombros se relajen.

exercise-levator-scapulae-stretch = Estiramiento del elevador de la escápula
    .caution = No tires de la cabeza, y afloja si notas hormigueo, mareo o un dolor agudo.
    .step-1 = Siéntate con la espalda recta y sujeta el lateral del asiento de la silla con la mano derecha.
    .step-2 = Gira la cabeza a medias hacia la izquierda y baja la nariz hacia la axila izquierda.
    .step-3 = Levanta la cabeza despacio de vuelta al centro.
    .step-4 = Sujeta el asiento con la mano izquierda y baja la nariz hacia la axila derecha.
    .step-5 = Levanta la cabeza despacio de vuelta al centro y relaja los hombros.

exercise-seated-thread-the-needle = Enhebrar la aguja sentado
    .caution = Mantén las caderas quietas y gira solo hasta donde te resulte cómodo.
    .step-1 = Siéntate con la espalda recta, los pies apoyados y la mano izquierda sobre la rodilla derecha.
    .step-2 = Lleva el brazo derecho cruzando el cuerpo hacia la izquierda, dejando que la parte alta de la espalda se redondee y gire.
    .step-3 = Lleva el brazo derecho en un barrido hacia atrás y hacia arriba, hacia el techo, girando el pecho a la derecha.
    .step-4 = Cambia de mano y lleva el brazo izquierdo cruzando el cuerpo hacia la derecha.
    .step-5 = Lleva el brazo izquierdo en un barrido hacia atrás y hacia arriba, hacia el techo, girando el pecho a la izquierda.
    .step-6 = Vuelve al centro, siéntate con la espalda recta y respira lentamente.

exercise-seated-open-book = Libro abierto sentado
    .caution = Mantén las caderas mirando al frente y para antes de notar cualquier pinzamiento en el hombro.
    .step-1 = Siéntate con la espalda recta y estira ambos brazos al frente a la altura de los hombros, con las palmas juntas.
    .step-2 = Abre el brazo derecho hacia fuera y hacia atrás, girando el pecho y la mirada para seguir la mano.
    .step-3 = Vuelve a traerlo y luego abre el brazo izquierdo hacia fuera y hacia atrás, girando a la izquierda.
    .step-4 = Sigue alternando despacio, abriendo solo hasta donde te resulte cómodo.
    .step-5 = Baja los brazos y siéntate con la espalda recta.

exercise-shoulder-rolls = Círculos de hombros
    .caution = Haz círculos lentos y suaves, y hazlos más pequeños si notas algún pinzamiento.
    .step-1 = Siéntate con la espalda recta y los brazos colgando sueltos a los lados.
    .step-2 = Sube los hombros hacia las orejas y luego llévalos hacia atrás y hacia abajo en círculos lentos.
    .step-3 = Cambia de dirección y gira los hombros hacia delante en círculos lentos.
    .step-4 = Termina con unos cuantos círculos más hacia atrás, dejando caer los hombros cada vez.
    .step-5 = Exhala y deja que los brazos cuelguen pesados.

exercise-chair-back-extension = Extensión sobre el respaldo
    .caution = Usa una silla estable que no ruede ni se recline, e inclínate hacia atrás solo hasta donde te resulte cómodo.
    .step-1 = Siéntate al fondo de una silla cuyo respaldo llegue más o menos a la parte inferior de los omóplatos.
    .step-2 = Cruza los brazos sobre el pecho o sujeta suavemente la cabeza con las manos.
    .step-3 = Inclínate suavemente hacia atrás sobre el borde superior del respaldo, dejando que la parte alta de la espalda se arquee.
    .step-4 = Vuelve a la posición erguida y luego inclínate de nuevo hacia atrás, exhalando al hacerlo.
    .step-5 = Incorpórate despacio y relájate.

exercise-doorway-chest-opener = Apertura de pecho en el marco de la puerta
    .caution = Mantén el estiramiento suave, y retrocede si notas hormigueo en las manos o un pinzamiento en el hombro.
    .step-1 = Colócate en el marco de una puerta con los antebrazos apoyados en el marco y los codos a la altura de los hombros.
    .step-2 = Adelanta un pie e inclínate suavemente hasta notar un estiramiento a lo ancho del pecho.
    .step-3 = Mantén el estiramiento, respirando despacio y con los hombros bajos.
    .step-4 = Retrocede un poco y vuelve a inclinarte, un poco más solo si te resulta cómodo.
    .step-5 = Sal del marco de la puerta y deja que los brazos cuelguen sueltos.

exercise-wall-angels = Ángeles en la pared
    .caution = No hace falta que los brazos toquen la pared; para antes de notar cualquier pinzamiento en los hombros.
    .step-1 = Ponte de espaldas contra una pared, con los pies un pequeño paso por delante y las rodillas sueltas.
    .step-2 = Sube los brazos en forma de candelabro, con la parte posterior de los brazos hacia la pared.
    .step-3 = Desliza los brazos despacio hacia arriba por la pared, manteniéndolos tan cerca de ella como te resulte cómodo.
    .step-4 = Deslízalos de nuevo hacia abajo hasta el candelabro, llevando los omóplatos hacia abajo.
    .step-5 = Sigue deslizándolos arriba y abajo despacio, sin forzar los brazos contra la pared.

exercise-standing-y-raise = Elevación en Y de pie
    .caution = Sube los brazos solo hasta donde te resulte cómodo, sin arquear la zona lumbar.
    .step-1 = Ponte de pie con la espalda recta, los pies a la anchura de las caderas, las rodillas sueltas, los brazos a los lados y los pulgares hacia delante.
    .step-2 = Lleva los omóplatos ligeramente hacia atrás y hacia abajo.
    .step-3 = Eleva los brazos rectos hacia arriba y hacia fuera formando una Y, con los pulgares hacia arriba.
    .step-4 = Bájalos despacio y vuelve a subirlos a un ritmo tranquilo, manteniendo los hombros lejos de las orejas.
    .step-5 = Deja colgar los brazos y relaja los hombros.

exercise-standing-side-bend = Inclinación lateral de pie
    .caution = Inclínate directamente hacia el lado y no hacia delante, y mantén el estiramiento suave.
    .step-1 = Ponte de pie con la espalda recta, los pies a la anchura de las caderas y los brazos a los lados.
    .step-2 = Estira el brazo derecho por encima de la cabeza e inclínate suavemente hacia la izquierda, notando cómo se alarga tu costado derecho.
    .step-3 = Vuelve despacio al centro.
    .step-4 = Estira el brazo izquierdo por encima de la cabeza e inclínate suavemente hacia la derecha.
    .step-5 = Sigue alternando los lados despacio, exhalando al inclinarte.

exercise-clasped-hands-chest-opener = Apertura de pecho con manos entrelazadas
    .caution = Sube los brazos solo un poco, y para si notas un pinzamiento en la parte delantera de los hombros.
    .step-1 = Ponte de pie con la espalda recta y entrelaza las manos detrás de la espalda, o sujeta una toalla entre ellas.
    .step-2 = Estira suavemente los brazos y junta los omóplatos mientras elevas el pecho.
    .step-3 = Mantén y respira despacio, con la barbilla horizontal y los hombros lejos de las orejas.
    .step-4 = Suelta, gira los hombros unas cuantas veces y luego entrelaza las manos y vuelve a elevarlas.
    .step-5 = Suelta las manos y deja que los brazos cuelguen sueltos.

exercise-thread-the-needle = Enhebrar la aguja
    .caution = No cargues peso sobre el cuello, y acolcha las rodillas o sáltate este ejercicio si te duele arrodillarte.
    .step-1 = Ponte a cuatro patas, con las muñecas bajo los hombros y las rodillas bajo las caderas.
    .step-2 = Desliza el brazo derecho por debajo del cuerpo hacia la izquierda, bajando el hombro derecho hacia el suelo.
    .step-3 = Deshaz el giro y estira el brazo derecho hacia el techo, siguiéndolo con la mirada.
    .step-4 = Desliza el brazo izquierdo por debajo del cuerpo hacia la derecha, bajando el hombro izquierdo hacia el suelo.
    .step-5 = Deshaz el giro y estira el brazo izquierdo hacia el techo, siguiéndolo con la mirada.
    .step-6 = Vuelve a cuatro patas y luego lleva los glúteos hacia los talones para descansar.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Paso { $step } de { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time } en pausa
   *[no] { $time } restante
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Últimos 7 días: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Cumplimiento: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Racha: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = el archivo ocupa { $bytes } bytes; aquí un archivo puede ocupar como máximo { $max } KiB. ¿Es el archivo correcto?
config-not-utf8 = UTF-8 no válido: el archivo debe guardarse como texto UTF-8
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] sección desconocida `{ $name }`
   *[key] clave desconocida `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; ¿quisiste decir `{ $suggestion }`?
} (permitidas aquí: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` pertenece a la sección [{ $section }]: ponla debajo de una línea `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = sección `{ $name }` duplicada: cada sección solo puede aparecer una vez; junta sus claves en la primera
# $name: the key
config-duplicate-key = clave `{ $name }` duplicada: cada clave solo puede aparecer una vez
config-duplicate-key-unnamed = clave duplicada: cada clave solo puede aparecer una vez
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` no es un valor: para sí/no escribe true o false (en minúsculas, sin comillas)
# $value: the text written without quotes
config-quote-text = el texto debe ir entre comillas: escribe "{ $value }"
config-quote-text-example = el texto debe ir entre comillas, p. ej. "45m"
config-unclosed-string = cadena sin cerrar: falta la `"` de cierre
# $found: a config-found; $expected: a config-expected
config-wrong-type = tipo incorrecto: se encontró { $found }, se esperaba { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] un entero `{ $value }`
    [float] un número decimal `{ $value }`
    [boolean] un booleano `{ $value }`
    [string] una cadena { $value }
    [list] una lista
    [table] una tabla
    [date] una fecha `{ $value }`
    [datetime] una fecha y hora `{ $value }`
    [time] una hora `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true o false
    [string] una cadena
    [list] una lista entre corchetes, p. ej. ["a", "b"]
    [table] una tabla: [{ $name }]
    [duration] una duración como cadena, p. ej. "45m", "1h 30m" o "90s"
    [sit-stand] una tabla de dos duraciones: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] un número entero
    [number] un número
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` debe ser una sola tabla, escrita [{ $name }], no una lista de tablas como [[{ $name }]]
# $key: the key that must be there
config-missing-key = falta el campo `{ $key }`
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] clave sin valor
    [unclosed-table] tabla sin cerrar
    [unclosed-array-table] array de tablas sin cerrar
    [unclosed-array] array sin cerrar
    [unclosed-inline-table] tabla en línea sin cerrar
    [missing-comma-array] falta una coma entre elementos del array
    [missing-comma-table] falta una coma entre pares clave-valor
    [missing-value] falta un valor
    [extra-comma] coma de más
    [extra-equals] `=` de más
    [invalid-key] clave sin comillas no válida
    [invalid-string] cadena no válida
    [invalid-value] valor no válido
    [unexpected-content] contenido inesperado
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }; se esperaba { $expected }
config-syntax-thing = { $thing ->
    [key] una clave
   *[value] un valor
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = duración vacía; escribe, p. ej., "45m", "1h 30m" o "90s"
config-duration-negative = no se permiten duraciones negativas
# $value: as written
config-duration-unreadable = no se puede leer `{ $value }` como duración; escribe, p. ej., "45m", "1h 30m" o "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` no tiene unidad; escribe "{ $value }m" para minutos o "{ $value }s" para segundos
# $unit: the unit written
config-duration-unknown-unit = unidad desconocida `{ $unit }`; usa s, m o h (p. ej. "45m", "1h 30m", "90s")
config-duration-too-large = la duración es demasiado larga
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = las duraciones son cadenas con unidad: escribe "{ $value }m" o "{ $value }s", no { $value }
config-duration-fraction = las duraciones son cadenas con unidad, como "90s", no el número { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` no puede ser cero: vale { $value }, se permite de { $min } a { $max }
   *[no] `{ $key }` está fuera de rango: vale { $value }, se permite de { $min } a { $max }
}
config-choices-empty = `{ $key }` está vacío: indica al menos una duración, p. ej. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` tiene { $count } entradas; en un menú caben como máximo { $max }
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) es más largo que `schedule.interval` ({ $interval }); un estiramiento debe caber entre dos recordatorios
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) es más largo que `presence.natural_break` ({ $natural }); tu ausencia debe detectarse antes de que el tiempo fuera pueda contar como pausa
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }) debe ser más corto que `schedule.interval` ({ $interval }): los avisos de postura llegan entre estiramientos

# Times of day
config-time-unquoted = una hora del día se escribe entre comillas, p. ej. "08:00"
# $value: as written
config-time-bad = `{ $value }` no es una hora del día; usa el formato de 24 horas "HH:MM", de "00:00" a "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` es "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(¿quisiste decir "{ $suggestion }"?)
}; valores permitidos: { $allowed }
config-language-unknown = `general.language` es "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(¿quisiste decir "{ $suggestion }"?)
}; los idiomas disponibles son: { $allowed }
config-positions-empty = `stretch.positions` está vacío: indica al menos uno de "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] posición desconocida "{ $value }";
    [kind] tipo desconocido "{ $value }";
   *[area] zona desconocida "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}¿quisiste decir "{ $suggestion }"?
} valores permitidos: { $allowed }
config-hold-when-unknown = `{ $value }` no puede dejar un recordatorio en espera{ $suggestion ->
    [none] {""}
   *[other] {" "}(¿quisiste decir `{ $suggestion }`?)
}; valores permitidos: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" está vacío
    [too-long] `sync.name` "{ $name }" tiene más de { $max } caracteres
    [character] `sync.name` "{ $name }" contiene { $char }: usa letras, dígitos, '-', '_' y '.' (da nombre a un archivo)
    [dot] `sync.name` "{ $name }" empieza por '.': esos archivos están ocultos o son del propio programa de sincronización
   *[conflict] `sync.name` "{ $name }" parece una copia de conflicto de Syncthing
}
config-sync-name-alone = `sync.name` sin `sync.folder`: la sincronización solo se activa con una carpeta, p. ej. folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` está vacío: indica la carpeta sincronizada, p. ej. "~/Sync/posture-break", u omite la clave para dejar la sincronización desactivada
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" es una ruta relativa: escribe una ruta completa o una dentro de tu carpeta personal, p. ej. "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` está vacío: indica los días en que pueden llegar recordatorios, p. ej. ["mon", "tue", "wed", "thu", "fri"] (para librar un día, escribe p. ej. `fri = []`; para no tener horario de trabajo, elimina la sección)
# $value: as written
config-day-unknown = `{ $value }` no es un día{ $suggestion ->
    [none] {""}
   *[other] {" "}(¿quisiste decir `{ $suggestion }`?)
}; usa mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` no es un intervalo horario; escribe los intervalos como "HH:MM-HH:MM" en formato de 24 horas, p. ej. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` no es una hora; escribe los intervalos como "HH:MM-HH:MM" en formato de 24 horas, p. ej. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` no es una hora del día (de 00:00 a 23:59; 24:00 solo como final)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` está vacío: el inicio y el final son la misma hora
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` se solapa con `{ $other }`; indica cada hora una sola vez

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = el id de ejercicio "{ $id }" debe tener de 1 a 64 caracteres entre a-z, 0-9 y '-'
config-exercise-id-taken = el id de ejercicio "{ $id }" ya está en uso; los ids deben ser únicos
# $field: name or caution
config-exercise-field-length = `{ $field }` debe tener de 1 a 200 caracteres
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` está vacío; indica una o más de { $allowed }
config-exercise-steps-count = `steps` debe contener de 1 a 12 pasos
# $secs: as written
config-exercise-step-secs = `secs` del paso vale { $secs }; se permite de 1 a 600
config-exercise-step-text = `text` del paso debe tener de 1 a 300 caracteres
config-exercise-flow-without-pose = `flow` necesita una `pose` de la que partir: escribe la primera forma como `pose`
config-exercise-flow-count = `flow` debe contener de 1 a 7 formas
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Recordatorio de pausas para estirar
launcher-comment = Ofrece cada 45 minutos un estiramiento guiado de un minuto para la zona media de la espalda, el cuello y los hombros
launcher-pause-hour = Pausar 1 hora
launcher-open = Abrir la ventana
