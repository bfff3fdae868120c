# posture-break: catalogo italiano. Stessi messaggi, attributi e variabili di en.ftl.
# Chiavi, percorsi e valori della configurazione restano come sono scritti.

## Parole usate in molti punti

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] lun
    [tue] mar
    [wed] mer
    [thu] gio
    [fri] ven
    [sat] sab
   *[sun] dom
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] seduto
    [standing] in piedi
   *[floor] a terra
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] mobilità
   *[strength] forza
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] zona dorsale
    [neck] collo
   *[shoulders] spalle
}

# $day: un weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Una durata, "1 ora 30 minuti": le parti unite da duration-join.
duration-hours = { $count ->
    [one] { $count } ora
   *[other] { $count } ore
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}
duration-seconds = { $count ->
    [one] { $count } secondo
   *[other] { $count } secondi
}
# $first, $second: due parti di un duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } min
duration-hours-short = { $count } h
# "uno stretching di 1 minuto"; $unit: minute o second
duration-adjective = { $unit ->
    [minute] { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }
   *[second] { $count ->
        [one] { $count } secondo
       *[other] { $count } secondi
    }
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] la finestra a schermo intero
    [do-not-disturb] la modalità Non disturbare
   *[camera] la chiamata (fotocamera)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Sei seduto
   *[standing] Sei in piedi
}

## Lo stato a parole: la riga di stato dell'icona

tray-next-stretch = Prossimo stretching alle { $time }
tray-back-from-break = Bentornato: è contata come pausa; prossimo stretching alle { $time }
tray-held-busy = Stretching previsto: in attesa che termini { busy-what }
tray-held-away = In attesa del tuo ritorno
tray-held-elsewhere = Allungamento previsto: mostrato sul computer in uso
# $when: un orario (10:35) o un day-and-time
tray-off-until = Disattivato fino a { $when }
tray-off-none-ahead = Disattivato: nessun orario di lavoro in programma
tray-reminding = Promemoria visualizzato
tray-stretching = Stretching in corso
tray-snoozed-until = Rimandato fino alle { $time }
tray-paused-until-resumed = In pausa fino alla ripresa
tray-paused-until = In pausa fino a { $when }
tray-paused-until-tomorrow = In pausa fino a domani alle { $time }

## La frase del comando `status` (orari con secondi)

status-snoozed-until = rimandato fino alle { $time }
status-paused-until = in pausa fino alle { $time }
status-paused-until-resumed = in pausa fino alla ripresa
status-reminding = è visualizzato un promemoria
status-held-busy = è ora di uno stretching; il promemoria attende che termini { busy-what }
status-held-away = è ora di uno stretching; il promemoria attende il tuo ritorno
status-held-elsewhere = è ora di un allungamento; il promemoria appare sul computer che stai usando
status-off-hours-until = fuori dall'orario di lavoro fino alle { $time }
status-off-hours-none-ahead = fuori dall'orario di lavoro (nessuno in programma)
status-stretching = stretching in corso: { $exercise }
status-active = attivo, prossimo stretching alle { $time }
# $interval: una durata; $config: il percorso del file di configurazione
status-sentence = { $summary } (ogni { $interval }; configurazione { $config })

## Pochi caratteri per una barra di stato (`status --format short`, testo di waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] stretching ora
    [stretching] in corso
    [held] da fare
    [snoozed] rimandato
    [paused] in pausa
    [off_hours] spento
   *[active] prossimo
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break non è in esecuzione

## Progressi e riepilogo degli esercizi (tooltip, finestra settimanale, `stats`)

progress-today = { $count ->
    [0] Ancora nessuno stretching oggi
    [one] { $count } stretching oggi
   *[other] { $count } stretching oggi
}
# $today: un progress-today; $streak: giorni di fila con uno stretching
progress-with-streak = { $today } · { $streak ->
    [one] { $streak } giorno di fila
   *[other] { $streak } giorni di fila
}
exercises-this-week = { $mobility } di mobilità, { $strength } di forza questa settimana
# $split: un exercises-this-week; $names: nomi uniti da list-separator
exercises-rated-good = { $split } · Valutati positivamente: { $names }
list-separator = {", "}

## La domanda dopo uno stretching e cosa mostra "Ha fatto male"

feeling-question = Com'è andata?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Bene
    [not_for_me] Non fa per me
   *[hurt] Ha fatto male
}
hurt-stop = Fermati e muoviti solo entro un raggio di movimento confortevole.
hurt-see-a-clinician = Rivolgiti a un professionista sanitario se il dolore persiste, o se hai intorpidimento o formicolio lungo le gambe, dolore al petto o alterazioni nel controllo della vescica o dell'intestino.
# La riga seguente mostra il comando che ripristina l'esercizio.
hurt-not-offered-again = { $exercise } non verrà più proposto. Per ripristinarlo:
# Il promemoria quando non resta nessun esercizio. `positions` e [stretch] restano come sono.
nothing-left-all-hurt = { $count ->
    [one] L'unico esercizio consentito dalle tue posizioni è valutato "Ha fatto male", quindi non c'è nessuno stretching da proporre. Cancella la sua valutazione (posture-break exercises rate ID clear) o consenti più posizioni con `positions` in [stretch] nella configurazione.
   *[other] Tutti i { $count } esercizi consentiti dalle tue posizioni sono valutati "Ha fatto male", quindi non c'è nessuno stretching da proporre. Cancella una valutazione (posture-break exercises rate ID clear) o consenti più posizioni con `positions` in [stretch] nella configurazione.
}
nothing-left-no-position = Nessun esercizio corrisponde alle tue posizioni, quindi non c'è nessuno stretching da proporre: consenti più posizioni con `positions` in [stretch] nella configurazione.

## Suggerimenti di postura tra uno stretching e l'altro

nudge-change-position = Cambia posizione
nudge-sit-back = Appoggia la schiena allo schienale; un asciugamano arrotolato dietro la zona lombare aiuta
nudge-shoulders = Lascia scendere le spalle e ruotale all'indietro
nudge-stand-up-a-moment = Alzati per un momento
nudge-time-to-stand = È ora di alzarti
nudge-time-to-sit = È ora di sederti

## Gli esercizi dalla riga di comando (`exercises list|show|next|rate`)

# $areas: zone del corpo unite da list-separator; $done: volte completato; $rating: un feeling-answer, o "none"
exercise-list-details = { $areas }; eseguito: { $done }{ $rating ->
    [none] {""}
   *[other] , valutazione: { $rating }
}
# $number: il numero del passo; $secs: la sua durata in secondi
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Attenzione: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] turno di forza: prima ci sono stati due esercizi di mobilità
    [favourite] preferito: valutato positivamente, proposto il doppio delle volte
   *[rotation] a rotazione
}
# $rating: un feeling-answer
exercise-rated = { $exercise }: valutato "{ $rating }"
exercise-rating-cleared = { $exercise }: valutazione cancellata

## Il menu dell'icona (anche il menu dell'icona XEmbed)

menu-stretch-now = Avvia stretching ora
menu-snooze = Rimanda
menu-pause = Metti in pausa
menu-until-tomorrow = Fino a domani
menu-until-resumed = Finché non riprendo
menu-resume = Riprendi
menu-posture-nudges = Suggerimenti di postura
menu-sitting = Sono seduto
menu-standing = Sono in piedi
menu-your-week = La tua settimana
menu-open-config = Apri file di configurazione
menu-start-at-login = Avvia all'accesso
menu-quit = Esci

## Notifiche

# $length: un duration-adjective
reminder-summary = È ora di uno stretching di { $length }
# $step: il primo passo dell'esercizio
reminder-body = { $exercise }: { $step }
# I pulsanti del promemoria; $duration: "10 min"
reminder-start = Inizia stretching
reminder-snooze = Rimanda di { $duration }
reminder-skip = Salta
notice-config-removed = posture-break: file di configurazione rimosso
notice-config-removed-body = { $path } è stato rimosso; uso i valori predefiniti finché non viene riscritto
# Segue l'errore di configurazione in inglese, con file:riga:colonna.
notice-config-not-applied = posture-break: configurazione non applicata
notice-keeping-config = mantengo l'ultima configurazione valida
notice-keeping-exercises = mantengo gli ultimi esercizi validi
notice-using-defaults = uso i valori predefiniti
welcome-summary = posture-break è in esecuzione
# Il benvenuto quando nessuna area di notifica mostra l'app (GNOME senza l'estensione AppIndicator)
welcome-body-no-tray = Il tuo primo stretching di { $length } è alle { $first }, poi ogni { $interval }.
    Questo desktop non mostra l'icona nell'area di notifica: apri posture-break dal menu delle applicazioni (con un clic destro lì trovi "Avvia stretching ora", "Rimanda", "Metti in pausa per 1 ora" e "La tua settimana"), oppure esegui posture-break open. Impostazioni: { $config }
# $first: l'orario del primo stretching; $interval: una durata; $config: il percorso della configurazione
welcome-body = posture-break resta nell'area di notifica. Il tuo primo stretching di { $length } è alle { $first }, poi ogni { $interval }.
    Fai clic destro sulla sua icona per il menu (avvia uno stretching, rimanda, metti in pausa); un clic sinistro mostra la tua settimana. Impostazioni: { $config }

## La finestra dello stretching

# Sotto il conto alla rovescia nell'anello (breve: l'anello è piccolo)
stretch-time-left = rimasti
stretch-paused = In pausa
stretch-step-of = Passo { $step } di { $steps }
stretch-done = Fatto
stretch-skip = Salta
# The sound toggle's name for screen readers
stretch-sound = Audio
# La riga dei tasti; $paused e $sound sono "true" o "false"
stretch-keys = { $paused ->
    [true] Spazio riprendi
   *[false] Spazio pausa
} · Invio fatto · Esc salta{ $sound ->
    [true] {" · V suono"}
   *[false] {""}
}
feeling-keys = 1 Bene · 2 Non fa per me · 3 Ha fatto male · Esc chiudi. Puoi anche non rispondere.
hurt-title = Quello stretching ha fatto male
hurt-keys = Invio o Esc per chiudere
window-close = Chiudi

## La finestra settimanale

week-window-title = posture-break — La tua settimana
week-title = La tua settimana
week-last-7-days = Ultimi 7 giorni
week-completion = Completamento
# $rate_28: una percentuale ("80%") o "–"
week-completion-detail = { $completed } su { $offered } proposti questa settimana; 28 giorni: { $rate_28 }
week-streak = Serie
week-streak-days = { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}
week-legend-stretches = stretching
week-legend-natural-breaks = pause naturali
week-legend-standing = tempo in piedi (sotto)
week-legend-sitting = tempo seduto (sotto)
week-last-28-days = Ultimi 28 giorni: { $completed } stretching, { $breaks } pause naturali
# Un'etichetta sotto le barre dei 28 giorni; $month: da 1 a 12
day-and-month = { $day } { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
week-keys = Esc per chiudere
# Il tempo di un giorno in una posizione, breve: "45m", "5h", "1h05" ($minutes ha due cifre)
time-compact-minutes = { $minutes }m
time-compact-hours = { $hours }h
time-compact = { $hours }h{ $minutes }

## `stats`

# L'etichetta di una riga; i valori si allineano dopo l'etichetta più lunga
stats-label = { $label }:
stats-today = Oggi
stats-last-7-days = Ultimi 7 giorni
stats-last-28-days = Ultimi 28 giorni
stats-completion = Completamento
stats-positions = Posizioni
stats-streak = Serie
stats-kinds = Tipi
stats-rated-good = Valutati positivamente
stats-day = { $completed } completati, { $natural_breaks ->
    [one] { $natural_breaks } pausa naturale
   *[other] { $natural_breaks } pause naturali
}, { $skipped } saltati, { $reminded } promemoria
stats-completion-rate = { $percent }% (ultimi 7 giorni)
stats-no-reminders-yet = ancora nessun promemoria (ultimi 7 giorni)
# $span: today, last_7_days; $standing, $sitting: "1 h 20 min"
stats-positions-value = { $span ->
    [today] oggi
   *[last_7_days] ultimi 7 giorni
}: in piedi { $standing }, seduto { $sitting }
stats-kinds-value = { $mobility } di mobilità, { $strength } di forza (ultimi 7 giorni)

## La finestra dell'app (`posture-break open`), per i desktop senza area di notifica

## `sync status`: several computers through a synced folder

sync-off = La sincronizzazione è disattivata: imposta [sync] folder nella configurazione per condividere le pause tra i tuoi computer.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Questo computer è { $name } in { $folder }
sync-no-peers = Nessun altro computer vi ha ancora scritto.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] assente
   *[here] in uso
}, ultimo segnale il { $when }
sync-peer-silent = { $name }: ancora niente di leggibile

home-window-title = posture-break
home-keys = Su/Giù · Invio scegli · Destra/Sinistra sottomenu · Esc esci

## Esercizi: `assets/exercises.toml` è la fonte inglese; gli id e il numero di passi corrispondono.
## Le avvertenze e le note di sicurezza devono restare fedeli: dicono quando fermarsi.

exercises-notice = Questi esercizi di stretching sono informazioni educative generali, non consigli medici; muoviti con delicatezza e fermati se qualcosa fa male.
exercises-red-flags = Se hai intorpidimento o formicolio che scende lungo le gambe, dolore al petto o alterazioni nel controllo dell'intestino o della vescica, parlane con un professionista sanitario prima di fare questi esercizi.

exercise-cat-cow = Gatto-mucca
    .caution = Muoviti solo entro un raggio di movimento confortevole e metti un'imbottitura sotto le ginocchia, oppure salta l'esercizio, se stare in ginocchio fa male.
    .step-1 = Mettiti a quattro zampe, polsi sotto le spalle e ginocchia sotto le anche.
    .step-2 = Inspira, lascia scendere la pancia e solleva il petto, guardando leggermente in avanti.
    .step-3 = Espira, arrotonda la schiena verso il soffitto e lascia cadere la testa.
    .step-4 = Continua a passare lentamente da una forma all'altra seguendo il respiro.
    .step-5 = Torna con la schiena piatta, poi siediti all'indietro verso i talloni per riposare.

exercise-seal-stretch = Allungamento della foca
    .caution = Resta invece in appoggio sugli avambracci se distendere le braccia affatica la zona lombare.
    .step-1 = Sdraiati a pancia in giù con le mani a terra sotto le spalle.
    .step-2 = Spingi con le mani per sollevare il petto, tenendo le anche a terra.
    .step-3 = Mantieni la posizione, lasciando che la schiena si inarchi dolcemente e tenendo le spalle lontane dalle orecchie.
    .step-4 = Scendi lentamente, poi spingi di nuovo verso l'alto, solo fin dove ti senti a tuo agio.
    .step-5 = Scendi e appoggia la fronte sulle mani.

exercise-seated-trunk-rotation = Rotazione del busto da seduto
    .caution = Ruota in modo fluido, senza molleggiare né forzare la fine del movimento.
    .step-1 = Siediti con la schiena dritta vicino al bordo anteriore della sedia, con entrambi i piedi ben appoggiati a terra.
    .step-2 = Incrocia le braccia sul petto, con le mani appoggiate sulle spalle opposte.
    .step-3 = Ruota lentamente la parte superiore del corpo verso destra, tenendo le anche rivolte in avanti.
    .step-4 = Torna al centro, poi ruota lentamente verso sinistra.
    .step-5 = Continua ad alternare i lati con delicatezza, espirando mentre ruoti.

exercise-bent-over-iyt = I/Y/T a busto flesso
    .caution = Tieni il collo in linea con la schiena e salta la flessione dalle anche se piegarti in avanti dà fastidio alla zona lombare.
    .step-1 = In piedi con le ginocchia morbide, piegati in avanti dalle anche, con la schiena piatta e le braccia rivolte verso il basso.
    .step-2 = Forma una I: solleva entrambe le braccia in avanti accanto alle orecchie, pollici in su, poi abbassale lentamente.
    .step-3 = Forma una Y: solleva le braccia in alto e in fuori, stringendo le scapole, poi abbassale lentamente.
    .step-4 = Forma una T: solleva le braccia tese lateralmente, poi abbassale in modo controllato.
    .step-5 = Raddrizzati lentamente e rilassa le braccia.

exercise-seated-cat-cow = Gatto-mucca da seduto
    .caution = Mantieni il movimento lento e senza dolore, soprattutto a livello del collo.
    .step-1 = Siediti vicino al bordo anteriore della sedia con le mani appoggiate sulle ginocchia.
    .step-2 = Inspira, porta il petto in avanti e le spalle indietro e in basso.
    .step-3 = Espira, arrotonda la parte alta della schiena e lascia scendere il mento verso il petto.
    .step-4 = Continua a muoverti lentamente tra le due posizioni seguendo il respiro.
    .step-5 = Concludi con la schiena dritta, in una posizione rilassata e comoda.

exercise-chin-tucks = Retrazione del mento
    .caution = Muoviti con delicatezza e fermati se senti capogiri, formicolio o dolore che si irradia al braccio.
    .step-1 = Siediti con la schiena dritta, le spalle rilassate e lo sguardo rivolto davanti a te.
    .step-2 = Porta il mento dritto all'indietro, come per fare un doppio mento, senza inclinare la testa.
    .step-3 = Mantieni per qualche secondo, sentendo un leggero allungamento alla base del cranio.
    .step-4 = Rilascia e ripeti lentamente, mantenendo lo sguardo orizzontale.
    .step-5 = Rilassa il collo e lascia che il respiro si calmi.

exercise-shoulder-blade-squeeze = Avvicinamento delle scapole
    .caution = Stringi delicatamente, tieni il collo rilassato ed evita di inarcare la zona lombare.
    .step-1 = Siediti con la schiena dritta, le braccia rilassate lungo i fianchi e i gomiti leggermente piegati.
    .step-2 = Porta le scapole indietro e in basso, come se dovessi tenere una matita tra di esse.
    .step-3 = Mantieni per circa cinque secondi respirando normalmente, senza alzare le spalle.
    .step-4 = Rilascia lentamente, poi ripeti la stretta a ritmo tranquillo.
    .step-5 = Lascia che le spalle si rilassino completamente.

exercise-seated-w-squeeze = Stretta a W da seduto
    .caution = Fai un movimento piccolo e facile, con il collo allungato; fermati prima di sentire qualsiasi pizzicamento alle spalle.
    .step-1 = Siediti con la schiena dritta staccata dallo schienale, piedi a terra, braccia rilassate lungo i fianchi.
    .step-2 = Piega i gomiti e solleva le mani all'altezza delle spalle, palmi in avanti, formando una W.
    .step-3 = Porta i gomiti in basso e indietro, stringendo le scapole tra loro.
    .step-4 = Mantieni per un respiro, poi torna dolcemente alla W; ripeti a ritmo tranquillo.
    .step-5 = Abbassa le braccia e lascia rilassare le spalle.

exercise-neck-side-stretch = Allungamento laterale del collo
    .caution = Non tirare la testa e fermati se senti formicolio o capogiri.
    .step-1 = Siediti con la schiena dritta e afferra il lato della seduta della sedia con la mano destra.
    .step-2 = Inclina l'orecchio sinistro verso la spalla sinistra finché senti un allungamento sul lato destro del collo.
    .step-3 = Riporta lentamente la testa al centro.
    .step-4 = Afferra la seduta con la mano sinistra e inclina l'orecchio destro verso la spalla destra.
    .step-5 = Riporta la testa al centro e lascia rilassare le spalle.

exercise-levator-scapulae-stretch = Allungamento dell'elevatore della scapola
    .caution = Non tirare la testa e allenta se senti formicolio, capogiri o dolore acuto.
    .step-1 = Siediti con la schiena dritta e afferra il lato della seduta della sedia con la mano destra.
    .step-2 = Ruota la testa in parte verso sinistra e abbassa il naso verso l'ascella sinistra.
    .step-3 = Solleva lentamente la testa riportandola al centro.
    .step-4 = Afferra la seduta con la mano sinistra e abbassa il naso verso l'ascella destra.
    .step-5 = Solleva lentamente la testa riportandola al centro e rilassa le spalle.

exercise-seated-thread-the-needle = Infila l'ago da seduto
    .caution = Tieni ferme le anche e ruota solo fin dove è comodo.
    .step-1 = Siediti con la schiena dritta, i piedi a terra e la mano sinistra appoggiata sul ginocchio destro.
    .step-2 = Allunga il braccio destro davanti al corpo verso sinistra, lasciando che la parte alta della schiena si arrotondi e ruoti.
    .step-3 = Porta il braccio destro con un ampio movimento indietro e in alto verso il soffitto, ruotando il petto verso destra.
    .step-4 = Cambia mano e allunga il braccio sinistro davanti al corpo verso destra.
    .step-5 = Porta il braccio sinistro con un ampio movimento indietro e in alto verso il soffitto, ruotando il petto verso sinistra.
    .step-6 = Torna al centro, raddrizza la schiena e fai un respiro lento.

exercise-seated-open-book = Libro aperto da seduto
    .caution = Tieni le anche rivolte in avanti e fermati prima di qualsiasi pizzicamento alla spalla.
    .step-1 = Siediti con la schiena dritta e distendi entrambe le braccia davanti a te all'altezza delle spalle, palmi uniti.
    .step-2 = Apri il braccio destro di lato e indietro, ruotando il petto e seguendo la mano con lo sguardo.
    .step-3 = Riportalo avanti, poi apri il braccio sinistro di lato e indietro, ruotando verso sinistra.
    .step-4 = Continua ad alternare lentamente, aprendo solo fin dove ti senti a tuo agio.
    .step-5 = Abbassa le braccia e raddrizza la schiena.

exercise-shoulder-rolls = Rotazioni delle spalle
    .caution = Mantieni i cerchi lenti e fluidi, e riducili se senti un pizzicamento.
    .step-1 = Siediti con la schiena dritta e le braccia che pendono morbide lungo i fianchi.
    .step-2 = Solleva le spalle verso le orecchie, poi ruotale indietro e in basso con cerchi lenti.
    .step-3 = Inverti la direzione e ruota le spalle in avanti con cerchi lenti.
    .step-4 = Concludi con qualche altra rotazione all'indietro, lasciando scendere le spalle ogni volta.
    .step-5 = Espira e lascia pendere le braccia, pesanti.

exercise-chair-back-extension = Estensione sullo schienale
    .caution = Usa una sedia stabile che non scorra né si inclini all'indietro, e inclinati indietro solo fin dove è comodo.
    .step-1 = Siediti in fondo a una sedia il cui schienale arrivi circa all'altezza della parte inferiore delle scapole.
    .step-2 = Incrocia le braccia sul petto o sostieni leggermente la testa con le mani.
    .step-3 = Inclinati delicatamente all'indietro oltre il bordo superiore dello schienale, lasciando che la parte alta della schiena si inarchi.
    .step-4 = Torna in posizione eretta, poi inclinati di nuovo all'indietro, espirando mentre lo fai.
    .step-5 = Raddrizzati lentamente e rilassati.

exercise-doorway-chest-opener = Apertura del petto nel vano della porta
    .caution = Mantieni l'allungamento leggero e allenta se senti formicolio alle mani o un pizzicamento alla spalla.
    .step-1 = Mettiti in piedi nel vano di una porta con gli avambracci appoggiati allo stipite e i gomiti all'altezza delle spalle.
    .step-2 = Fai un passo avanti con un piede e sporgiti delicatamente in avanti finché senti un allungamento sul petto.
    .step-3 = Mantieni l'allungamento, respirando lentamente e tenendo le spalle basse.
    .step-4 = Torna indietro dolcemente, poi sporgiti di nuovo, un po' di più solo se ti senti a tuo agio.
    .step-5 = Esci dal vano della porta e lascia pendere le braccia rilassate.

exercise-wall-angels = Angeli al muro
    .caution = Non è necessario che le braccia tocchino il muro; fermati prima di qualsiasi pizzicamento alle spalle.
    .step-1 = Mettiti in piedi con la schiena contro un muro, i piedi un piccolo passo in avanti e le ginocchia morbide.
    .step-2 = Solleva le braccia a candelabro, con il dorso delle braccia rivolto verso il muro.
    .step-3 = Fai scorrere lentamente le braccia verso l'alto lungo il muro, tenendole vicine al muro quanto è comodo.
    .step-4 = Riportale giù fino alla posizione a candelabro, portando le scapole verso il basso.
    .step-5 = Continua a scorrere su e giù lentamente, senza forzare le braccia contro il muro.

exercise-standing-y-raise = Sollevamento a Y in piedi
    .caution = Solleva le braccia solo fin dove è comodo, senza inarcare la zona lombare.
    .step-1 = In piedi con la schiena dritta, piedi alla larghezza delle anche e ginocchia morbide, braccia lungo i fianchi, pollici in avanti.
    .step-2 = Porta le scapole leggermente indietro e in basso.
    .step-3 = Solleva le braccia tese in alto e in fuori formando una Y, pollici verso l'alto.
    .step-4 = Abbassale lentamente e sollevale di nuovo a ritmo tranquillo, tenendo le spalle lontane dalle orecchie.
    .step-5 = Lascia pendere le braccia e rilassa le spalle.

exercise-standing-side-bend = Flessione laterale in piedi
    .caution = Inclinati dritto di lato anziché in avanti e mantieni l'allungamento leggero.
    .step-1 = In piedi con la schiena dritta, i piedi alla larghezza delle anche e le braccia lungo i fianchi.
    .step-2 = Porta il braccio destro sopra la testa e inclinati delicatamente verso sinistra, sentendo allungarsi il fianco destro.
    .step-3 = Torna lentamente al centro.
    .step-4 = Porta il braccio sinistro sopra la testa e inclinati delicatamente verso destra.
    .step-5 = Continua ad alternare i lati lentamente, espirando mentre ti inclini.

exercise-clasped-hands-chest-opener = Apertura del petto a mani intrecciate
    .caution = Solleva le braccia solo leggermente e fermati se senti un pizzicamento nella parte anteriore delle spalle.
    .step-1 = In piedi con la schiena dritta, intreccia le mani dietro la schiena, oppure tieni un asciugamano tra le mani.
    .step-2 = Distendi delicatamente le braccia e avvicina le scapole mentre sollevi il petto.
    .step-3 = Mantieni e respira lentamente, con il mento orizzontale e le spalle lontane dalle orecchie.
    .step-4 = Rilascia, ruota le spalle qualche volta, poi intreccia di nuovo le mani e solleva.
    .step-5 = Lascia la presa e lascia pendere le braccia rilassate.

exercise-thread-the-needle = Infila l'ago
    .caution = Non caricare peso sul collo e metti un'imbottitura sotto le ginocchia, oppure salta l'esercizio, se stare in ginocchio fa male.
    .step-1 = Mettiti a quattro zampe, polsi sotto le spalle e ginocchia sotto le anche.
    .step-2 = Fai scivolare il braccio destro sotto il corpo verso sinistra, abbassando la spalla destra verso il pavimento.
    .step-3 = Srotolati e allunga il braccio destro verso il soffitto, seguendolo con lo sguardo.
    .step-4 = Fai scivolare il braccio sinistro sotto il corpo verso destra, abbassando la spalla sinistra verso il pavimento.
    .step-5 = Srotolati e allunga il braccio sinistro verso il soffitto, seguendolo con lo sguardo.
    .step-6 = Torna a quattro zampe, poi siediti all'indietro verso i talloni per riposare.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Passo { $step } di { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time } in pausa
   *[no] { $time } rimasti
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Ultimi 7 giorni: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Completamento: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Serie: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = il file è di { $bytes } byte; qui un file può essere al massimo di { $max } KiB: è il file giusto?
config-not-utf8 = UTF-8 non valido: il file deve essere salvato come testo UTF-8
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] sezione sconosciuta `{ $name }`
   *[key] chiave sconosciuta `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; forse intendevi `{ $suggestion }`?
} (consentite qui: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` va nella sezione [{ $section }]: mettila sotto una riga `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = sezione `{ $name }` duplicata: ogni sezione può comparire una sola volta; unisci le sue chiavi nella prima
# $name: the key
config-duplicate-key = chiave `{ $name }` duplicata: ogni chiave può comparire una sola volta
config-duplicate-key-unnamed = chiave duplicata: ogni chiave può comparire una sola volta
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` non è un valore: per sì/no scrivi true o false (in minuscolo, senza virgolette)
# $value: the text written without quotes
config-quote-text = il testo va tra virgolette: scrivi "{ $value }"
config-quote-text-example = il testo va tra virgolette, ad es. "45m"
config-unclosed-string = stringa non chiusa: manca la virgoletta di chiusura `"`
# $found: a config-found; $expected: a config-expected
config-wrong-type = tipo errato: trovato { $found }, atteso { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] un intero `{ $value }`
    [float] un numero in virgola mobile `{ $value }`
    [boolean] un booleano `{ $value }`
    [string] una stringa { $value }
    [list] una lista
    [table] una tabella
    [date] una data `{ $value }`
    [datetime] una data e ora `{ $value }`
    [time] un orario `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true o false
    [string] una stringa
    [list] una lista tra parentesi quadre, ad es. ["a", "b"]
    [table] una tabella: [{ $name }]
    [duration] una stringa di durata come "45m", "1h 30m" o "90s"
    [sit-stand] una tabella di due durate: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] un numero intero
    [number] un numero
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` deve essere una sola tabella, scritta [{ $name }], non una lista di tabelle come [[{ $name }]]
# $key: the key that must be there
config-missing-key = campo `{ $key }` mancante
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] chiave senza valore
    [unclosed-table] tabella non chiusa
    [unclosed-array-table] array di tabelle non chiuso
    [unclosed-array] array non chiuso
    [unclosed-inline-table] tabella inline non chiusa
    [missing-comma-array] virgola mancante tra gli elementi dell'array
    [missing-comma-table] virgola mancante tra le coppie chiave-valore
    [missing-value] valore mancante
    [extra-comma] virgola di troppo
    [extra-equals] `=` di troppo
    [invalid-key] chiave senza virgolette non valida
    [invalid-string] stringa non valida
    [invalid-value] valore non valido
    [unexpected-content] contenuto inatteso
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, atteso { $expected }
config-syntax-thing = { $thing ->
    [key] una chiave
   *[value] un valore
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = durata vuota; scrivi ad es. "45m", "1h 30m" o "90s"
config-duration-negative = le durate negative non sono consentite
# $value: as written
config-duration-unreadable = impossibile leggere `{ $value }` come durata; scrivi ad es. "45m", "1h 30m" o "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` non ha un'unità; scrivi "{ $value }m" per i minuti o "{ $value }s" per i secondi
# $unit: the unit written
config-duration-unknown-unit = unità sconosciuta `{ $unit }`; usa s, m o h (ad es. "45m", "1h 30m", "90s")
config-duration-too-large = durata troppo lunga
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = le durate sono stringhe con un'unità: scrivi "{ $value }m" o "{ $value }s", non { $value }
config-duration-fraction = le durate sono stringhe con un'unità come "90s", non il numero { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` non può essere zero: vale { $value }, consentito da { $min } a { $max }
   *[no] `{ $key }` è fuori intervallo: vale { $value }, consentito da { $min } a { $max }
}
config-choices-empty = `{ $key }` è vuoto: indica almeno una durata, ad es. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` ha { $count } voci; in un menu ne stanno al massimo { $max }
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) è più lungo di `schedule.interval` ({ $interval }); uno stretching deve stare tra un promemoria e l'altro
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) è più lungo di `presence.natural_break` ({ $natural }); devi risultare assente prima che il tempo lontano possa contare come pausa
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }) deve essere più breve di `schedule.interval` ({ $interval }): i suggerimenti di postura arrivano tra uno stretching e l'altro

# Times of day
config-time-unquoted = un orario va scritto tra virgolette, come "08:00"
# $value: as written
config-time-bad = `{ $value }` non è un orario; usa il formato 24 ore "HH:MM", da "00:00" a "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` è "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(forse intendevi "{ $suggestion }"?)
}; valori consentiti: { $allowed }
config-language-unknown = `general.language` è "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(forse intendevi "{ $suggestion }"?)
}; le lingue sono: { $allowed }
config-positions-empty = `stretch.positions` è vuoto: elenca almeno uno tra "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] posizione sconosciuta "{ $value }";
    [kind] tipo sconosciuto "{ $value }";
   *[area] zona sconosciuta "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}forse intendevi "{ $suggestion }"?
} valori consentiti: { $allowed }
config-hold-when-unknown = `{ $value }` non è qualcosa che possa far attendere un promemoria{ $suggestion ->
    [none] {""}
   *[other] {" "}(forse intendevi `{ $suggestion }`?)
}; valori consentiti: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" è vuoto
    [too-long] `sync.name` "{ $name }" supera i { $max } caratteri
    [character] `sync.name` "{ $name }" contiene { $char }: usa lettere, cifre, '-', '_' e '.' (dà il nome a un file)
    [dot] `sync.name` "{ $name }" inizia con '.': questi file sono nascosti o appartengono al programma di sincronizzazione
   *[conflict] `sync.name` "{ $name }" sembra una copia di conflitto di Syncthing
}
config-sync-name-alone = `sync.name` senza `sync.folder`: la sincronizzazione è attiva solo con una cartella, ad es. folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` è vuoto: indica la cartella sincronizzata, ad es. "~/Sync/posture-break", oppure ometti la chiave per lasciare la sincronizzazione disattivata
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" è un percorso relativo: scrivi un percorso completo o uno nella tua home, ad es. "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` è vuoto: elenca i giorni in cui possono arrivare i promemoria, come ["mon", "tue", "wed", "thu", "fri"] (per prenderti un giorno libero scrivi ad es. `fri = []`; per non avere orari di lavoro rimuovi la sezione)
# $value: as written
config-day-unknown = `{ $value }` non è un giorno{ $suggestion ->
    [none] {""}
   *[other] {" "}(forse intendevi `{ $suggestion }`?)
}; usa mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` non è un intervallo orario; scrivi gli intervalli come "HH:MM-HH:MM" nel formato 24 ore, ad es. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` non è un orario; scrivi gli intervalli come "HH:MM-HH:MM" nel formato 24 ore, ad es. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` non è un orario del giorno (da 00:00 a 23:59; 24:00 solo come fine)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` è vuoto: inizio e fine coincidono
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` si sovrappone a `{ $other }`; indica ogni orario una sola volta

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = l'id dell'esercizio "{ $id }" deve avere da 1 a 64 caratteri tra a-z, 0-9 e '-'
config-exercise-id-taken = l'id dell'esercizio "{ $id }" è già in uso; gli id devono essere unici
# $field: name or caution
config-exercise-field-length = `{ $field }` deve avere da 1 a 200 caratteri
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` è vuoto; elenca una o più zone tra { $allowed }
config-exercise-steps-count = `steps` deve contenere da 1 a 12 passi
# $secs: as written
config-exercise-step-secs = il `secs` del passo vale { $secs }; consentito da 1 a 600
config-exercise-step-text = il `text` del passo deve avere da 1 a 300 caratteri
config-exercise-flow-without-pose = `flow` richiede una `pose` da cui partire: scrivi la prima forma come `pose`
config-exercise-flow-count = `flow` deve contenere da 1 a 7 forme
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Promemoria per pause di stretching
launcher-comment = Propone ogni 45 minuti uno stretching guidato di un minuto per la parte centrale della schiena, il collo e le spalle
launcher-pause-hour = Metti in pausa per 1 ora
launcher-open = Apri la finestra
